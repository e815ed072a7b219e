package dev.staybook.kernel.error;

import java.time.Duration;

/**
 * Something the request needs (an outside service) cannot be reached; nothing is known to have changed and the
 * same request may be repeated after {@link #retryAfter()} (503).
 */
public class ServiceUnavailable extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ServiceUnavailable(String code, String detail, Duration retryAfter) {
        super(code, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
