package dev.staybook.it.bookings;

import dev.staybook.it.support.Api;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Calls the simulated gateway makes: payment-intent events about a payment that waited for the guest,
 * signed the way Stripe signs them ({@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.payload">}) with the test server's webhook secret.
 */
final class SimulatedGatewayWebhook {

    static final String PATH = "/payments/webhooks/simulated";
    static final String SECRET = System.getProperty("staybook.webhook.secret");

    private SimulatedGatewayWebhook() {
    }

    /** The guest completed the payment: the authorization now holds the amount. */
    static String authorizationSucceeded(String gatewayReference) {
        return event("payment_intent.amount_capturable_updated", Json.createObjectBuilder().add("id", gatewayReference));
    }

    /** The guest's bank refused the payment. */
    static String paymentFailed(String gatewayReference) {
        return event("payment_intent.payment_failed", Json.createObjectBuilder().add("id", gatewayReference)
                .add("last_payment_error", Json.createObjectBuilder().add("code", "card_declined")));
    }

    static Response sendSigned(String payload) {
        return send(payload, signature(payload, SECRET, Instant.now()));
    }

    static Response send(String payload, String signatureHeader) {
        var request = Api.anonymous().body(payload.getBytes(StandardCharsets.UTF_8));
        if (signatureHeader != null) {
            request.header("Stripe-Signature", signatureHeader);
        }
        return request.post(PATH);
    }

    static String signature(String payload, String secret, Instant at) {
        long t = at.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String event(String type, JsonObjectBuilder paymentIntent) {
        return Json.createObjectBuilder()
                .add("id", "evt_" + UUID.randomUUID().toString().replace("-", ""))
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("object", paymentIntent))
                .build().toString();
    }
}
