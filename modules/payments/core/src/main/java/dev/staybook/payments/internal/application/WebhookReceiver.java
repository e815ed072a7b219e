package dev.staybook.payments.internal.application;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.payments.internal.persistence.ReceivedWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gateway webhooks, in Stripe's protocol: the signature header must match the payload under the
 * provider's secret and be at most five minutes old, or the call is refused and nothing changes. Each
 * event id is recorded once; a replayed event is acknowledged and ignored.
 */
@ApplicationScoped
@Transactional
public class WebhookReceiver {

    static final long TOLERANCE_SECONDS = 300;
    /** The lengths of payments.webhook_events' columns, and of the ids kept as gateway references (varchar(255)). */
    private static final int MAX_EVENT_ID = 255;
    private static final int MAX_EVENT_TYPE = 128;
    private static final int MAX_OBJECT_ID = 255;

    @Inject
    ReceivedWebhooks received;
    @Inject
    PaymentProcessing processing;
    @Inject
    AccountUpdates accountUpdates;
    @Inject
    Disputes disputes;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "staybook.stripe.webhook-secret")
    Optional<String> stripeSecret;
    /** Stripe signs Connect events (account.updated) with the Connect endpoint's own secret. */
    @Inject
    @ConfigProperty(name = "staybook.stripe.connect-webhook-secret")
    Optional<String> stripeConnectSecret;
    @Inject
    @ConfigProperty(name = "staybook.payments.simulated.webhook-secret")
    Optional<String> simulatedSecret;

    /** What became of a webhook call. */
    public enum Outcome {
        APPLIED, DUPLICATE, IGNORED
    }

    public Outcome receive(String provider, String payload, String signature) {
        verify(payload, signature, secretsOf(provider));
        refuseFutureDated(signature);
        JsonObject event = parse(payload);
        if (!received.firstTime(provider, event.getString("id"), event.getString("type"), clock.instant())) {
            return Outcome.DUPLICATE;
        }
        JsonObject object = event.getJsonObject("data").getJsonObject("object");
        return switch (event.getString("type")) {
            case "payment_intent.amount_capturable_updated" -> {
                processing.authorizedByGateway(provider, object.getString("id"));
                yield Outcome.APPLIED;
            }
            case "payment_intent.payment_failed" -> {
                // Stripe's schema lets last_payment_error be null
                String code = object.get("last_payment_error") instanceof JsonObject error ? error.getString("code", "payment_failed")
                        : "payment_failed";
                processing.failedByGateway(provider, object.getString("id"), code);
                yield Outcome.APPLIED;
            }
            case "account.updated" -> accountUpdates.apply(provider, object) ? Outcome.APPLIED : Outcome.IGNORED;
            case "charge.dispute.created" -> disputes.opened(provider, DisputeNotice.of(object)) ? Outcome.APPLIED : Outcome.IGNORED;
            case "charge.dispute.closed" -> disputes.closed(provider, DisputeNotice.of(object)) ? Outcome.APPLIED : Outcome.IGNORED;
            default -> Outcome.IGNORED; // our own captures, voids and refunds echoed back
        };
    }

    /** An event verifies if its signature matches any of the provider's secrets. */
    private static void verify(String payload, String signature, List<String> secrets) {
        SignatureVerificationException refused = null;
        for (String secret : secrets) {
            try {
                Webhook.Signature.verifyHeader(payload, signature == null ? "" : signature, secret, TOLERANCE_SECONDS);
                return;
            } catch (SignatureVerificationException invalid) {
                refused = invalid;
            }
        }
        throw InvalidInput.field("Stripe-Signature", "does not verify: " + refused.getMessage());
    }

    /**
     * Stripe's check refuses signatures older than the tolerance only; one dated later than it could be replayed once
     * its event id was forgotten (received events are purged after a while), so it is refused too.
     */
    private void refuseFutureDated(String signature) {
        long latest = clock.instant().getEpochSecond() + TOLERANCE_SECONDS;
        for (String element : signature.split(",")) {
            String[] pair = element.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && Long.parseLong(pair[1]) > latest) {
                throw InvalidInput.field("Stripe-Signature", "is dated in the future");
            }
        }
    }

    private List<String> secretsOf(String provider) {
        List<Optional<String>> configured = switch (provider) {
            case "stripe" -> List.of(stripeSecret, stripeConnectSecret);
            case "simulated" -> List.of(simulatedSecret);
            default -> List.of();
        };
        List<String> secrets = configured.stream().flatMap(Optional::stream).toList();
        if (secrets.isEmpty()) {
            throw new NotFound("unknown-webhook-provider", "No webhook is configured for " + provider + ".");
        }
        return secrets;
    }

    /**
     * The event, if it has what every event has, ids no longer than the columns that keep them and no NUL anywhere
     * (PostgreSQL stores no NUL in text): a signed event that is malformed is refused with 400, never a 500 the gateway
     * would retry for days.
     */
    private static JsonObject parse(String payload) {
        try (var reader = Json.createReader(new StringReader(payload))) {
            JsonObject event = reader.readObject();
            boolean wellFormed = event.getString("id").length() <= MAX_EVENT_ID && event.getString("type").length() <= MAX_EVENT_TYPE
                    && event.getJsonObject("data").getJsonObject("object").getString("id").length() <= MAX_OBJECT_ID
                    && !holdsNul(event);
            if (!wellFormed) {
                throw InvalidInput.field("body", "is not a gateway event");
            }
            return event;
        } catch (JsonException | ClassCastException | NullPointerException malformed) {
            throw InvalidInput.field("body", "is not a gateway event");
        }
    }

    private static boolean holdsNul(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString().indexOf('\u0000') >= 0;
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .anyMatch(member -> member.getKey().indexOf('\u0000') >= 0 || holdsNul(member.getValue()));
            case ARRAY -> value.asJsonArray().stream().anyMatch(WebhookReceiver::holdsNul);
            default -> false;
        };
    }
}
