package dev.staybook.kernel.error;

/** The caller is known but may not do this (403). */
public class Forbidden extends DomainException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String code, String detail) {
        super(code, detail);
    }
}
