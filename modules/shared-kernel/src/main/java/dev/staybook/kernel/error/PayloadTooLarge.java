package dev.staybook.kernel.error;

/** What the caller sent is larger than accepted, such as an uploaded photo past its byte limit (413). */
public class PayloadTooLarge extends DomainException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLarge(String code, String detail) {
        super(code, detail);
    }
}
