package dev.staybook.kernel.error;

/** The caller could not be identified: missing, bad or expired credentials (401). */
public class Unauthenticated extends DomainException {

    private static final long serialVersionUID = 1L;

    public Unauthenticated(String code, String detail) {
        super(code, detail);
    }
}
