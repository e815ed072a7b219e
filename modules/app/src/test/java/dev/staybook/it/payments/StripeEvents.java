package dev.staybook.it.payments;

import dev.staybook.it.support.Api;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook calls to {@code POST /payments/webhooks/stripe}, signed as Stripe signs them:
 * {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">} under the webhook
 * secret the test server was given.
 */
final class StripeEvents {

    static final String SECRET = System.getProperty("staybook.webhook.secret");
    private static final String PATH = "/payments/webhooks/stripe";

    private StripeEvents() {
    }

    /** A new event (its own id) saying the guest's bank refused the payment intent. */
    static String paymentFailed(String paymentIntent) {
        return Json.createObjectBuilder()
                .add("id", "evt_" + UUID.randomUUID().toString().replace("-", ""))
                .add("type", "payment_intent.payment_failed")
                .add("data", Json.createObjectBuilder().add("object", Json.createObjectBuilder().add("id", paymentIntent)
                        .add("last_payment_error", Json.createObjectBuilder().add("code", "card_declined"))))
                .build().toString();
    }

    /** A new event saying what Stripe now holds of a connected account (Stripe sends the whole account object). */
    static String accountUpdated(String account, boolean payoutsEnabled, String... currentlyDue) {
        var due = Json.createArrayBuilder();
        for (String requirement : currentlyDue) {
            due.add(requirement);
        }
        return Json.createObjectBuilder()
                .add("id", "evt_" + UUID.randomUUID().toString().replace("-", ""))
                .add("object", "event")
                .add("api_version", "2025-09-30.clover")
                .add("type", "account.updated")
                .add("data", Json.createObjectBuilder().add("object", Json.createObjectBuilder().add("id", account)
                        .add("object", "account").add("type", "express").add("country", "FR")
                        .add("payouts_enabled", payoutsEnabled).add("charges_enabled", payoutsEnabled)
                        .add("details_submitted", true)
                        .add("capabilities", Json.createObjectBuilder().add("transfers", payoutsEnabled ? "active" : "pending"))
                        .add("requirements", Json.createObjectBuilder().add("currently_due", due)
                                .add("disabled_reason", payoutsEnabled ? jakarta.json.JsonValue.NULL
                                        : Json.createValue("requirements.pending_verification")))))
                .build().toString();
    }

    /** A new event about a dispute (Stripe's dispute object: amount in minor units, the payment intent it is about). */
    static String dispute(String type, String disputeId, String paymentIntent, long minorUnits, String status) {
        return Json.createObjectBuilder()
                .add("id", "evt_" + UUID.randomUUID().toString().replace("-", ""))
                .add("object", "event")
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("object", Json.createObjectBuilder()
                        .add("id", disputeId).add("object", "dispute").add("amount", minorUnits).add("currency", "eur")
                        .add("charge", "ch_" + paymentIntent.substring(paymentIntent.indexOf('_') + 1))
                        .add("payment_intent", paymentIntent).add("reason", "product_not_received").add("status", status)))
                .build().toString();
    }

    /** The same call to another provider's webhook (the simulated gateway speaks Stripe's protocol). */
    static Response sendSigned(String provider, String payload) {
        return Api.anonymous().body(payload.getBytes(StandardCharsets.UTF_8))
                .header("Stripe-Signature", signature(payload, SECRET, Instant.now())).post("/payments/webhooks/" + provider);
    }

    static String eventId(String payload) {
        return io.restassured.path.json.JsonPath.from(payload).getString("id");
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
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
