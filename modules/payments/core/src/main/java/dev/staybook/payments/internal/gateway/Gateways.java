package dev.staybook.payments.internal.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the gateway: Stripe when a secret key is configured ({@code STAYBOOK_STRIPE_SECRET_KEY}),
 * otherwise the simulated one, so that the server works offline. A payment is always completed by the
 * gateway it was started with.
 */
@ApplicationScoped
public class Gateways {

    @Inject
    Instance<PaymentGateway> all;
    @Inject
    @ConfigProperty(name = "staybook.stripe.secret-key")
    Optional<String> stripeKey;

    private volatile Map<String, PaymentGateway> byName;

    public PaymentGateway forNewPayments() {
        return named(stripeKey.isPresent() ? "stripe" : SimulatedGateway.NAME);
    }

    public PaymentGateway named(String name) {
        PaymentGateway gateway = byName().get(name);
        if (gateway == null) {
            throw new IllegalStateException("no payment gateway named " + name);
        }
        return gateway;
    }

    /**
     * Resolved once: both gateways live as long as the application, and resolving them on every call of a payment cost
     * 2 % of the delivery threads' samples under the confirmation benchmark (JFR).
     */
    private Map<String, PaymentGateway> byName() {
        Map<String, PaymentGateway> resolved = byName;
        if (resolved == null) {
            resolved = all.stream().collect(Collectors.toUnmodifiableMap(PaymentGateway::name, gateway -> gateway));
            byName = resolved;
        }
        return resolved;
    }
}
