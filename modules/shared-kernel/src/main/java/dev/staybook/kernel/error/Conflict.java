package dev.staybook.kernel.error;

/** The request clashes with the current state: a duplicate, an illegal transition (409). */
public class Conflict extends DomainException {

    private static final long serialVersionUID = 1L;

    public Conflict(String code, String detail) {
        super(code, detail);
    }
}
