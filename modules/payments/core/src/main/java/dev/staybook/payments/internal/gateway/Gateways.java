package dev.staybook.payments.internal.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
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

    public PaymentGateway forNewPayments() {
        return named(stripeKey.isPresent() ? "stripe" : SimulatedGateway.NAME);
    }

    public PaymentGateway named(String name) {
        return all.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no payment gateway named " + name));
    }
}
