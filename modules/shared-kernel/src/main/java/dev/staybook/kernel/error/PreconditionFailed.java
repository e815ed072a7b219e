package dev.staybook.kernel.error;

/** A condition the request set on itself (If-Match, If-Unmodified-Since) does not hold, so nothing was done (412). */
public class PreconditionFailed extends DomainException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailed(String code, String detail) {
        super(code, detail);
    }
}
