package dev.staybook.kernel.error;

/** The request names something that existed but is no longer usable: a spent or expired one-time token (410). */
public class Gone extends DomainException {

    private static final long serialVersionUID = 1L;

    public Gone(String code, String detail) {
        super(code, detail);
    }
}
