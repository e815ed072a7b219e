package dev.staybook.kernel.error;

import java.time.Duration;

/** The caller must slow down; {@link #retryAfter()} says for how long (429). */
public class TooManyRequests extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequests(String code, String detail, Duration retryAfter) {
        super(code, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
