package dev.staybook.kernel.error;

/** Well-formed input that breaks a business rule (422). */
public class RuleViolation extends DomainException {

    private static final long serialVersionUID = 1L;

    public RuleViolation(String code, String detail) {
        super(code, detail);
    }
}
