package dev.staybook.payments.internal.gateway;

/** The gateway could not be reached or failed on its side: nothing is known to have happened; retry with the same key. */
public class GatewayUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
