package dev.staybook.kernel.error;

/** The thing asked for does not exist, or the caller may not know that it does (404). */
public class NotFound extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFound(String code, String detail) {
        super(code, detail);
    }
}
