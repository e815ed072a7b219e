package dev.staybook.payments.internal.domain;

/**
 * What a gateway said to one call. SUCCEEDED and FAILED are final; ACTION_REQUIRED means the guest must
 * complete the payment in the client (Stripe's client secret), and the outcome arrives by webhook.
 * {@code reference} is the gateway's id of the payment (or refund, or transfer).
 */
public record GatewayOutcome(Status status, String reference, String clientSecret, String failure) {

    public enum Status {
        SUCCEEDED, FAILED, ACTION_REQUIRED
    }

    public static GatewayOutcome succeeded(String reference) {
        return new GatewayOutcome(Status.SUCCEEDED, reference, null, null);
    }

    public static GatewayOutcome failed(String reference, String failure) {
        return new GatewayOutcome(Status.FAILED, reference, null, failure);
    }

    public static GatewayOutcome actionRequired(String reference, String clientSecret) {
        return new GatewayOutcome(Status.ACTION_REQUIRED, reference, clientSecret, null);
    }

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }
}
