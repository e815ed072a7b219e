package dev.staybook.kernel.error;

import java.util.Objects;

/**
 * A failure the caller can act on. {@link #code()} is a stable, machine-readable slug (for example
 * {@code email-taken}) that clients may switch on; the message is the human-readable detail.
 * Subclasses name the kind, which decides the HTTP status.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String detail;

    protected DomainException(String code, String detail) {
        super(detail, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    /** What went wrong, in a sentence for the client (the problem document's detail). */
    public String detail() {
        return detail;
    }
}
