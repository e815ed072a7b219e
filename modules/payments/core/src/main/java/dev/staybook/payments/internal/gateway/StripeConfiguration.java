package dev.staybook.payments.internal.gateway;

import com.stripe.StripeClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the Stripe gateway (and its Connect accounts) when {@code STAYBOOK_STRIPE_SECRET_KEY} is set. {@code STAYBOOK_STRIPE_API_BASE}
 * points the SDK elsewhere (tests use a local stub speaking Stripe's API).
 */
@ApplicationScoped
public class StripeConfiguration {

    @Inject
    @ConfigProperty(name = "staybook.stripe.secret-key")
    Optional<String> secretKey;
    @Inject
    @ConfigProperty(name = "staybook.stripe.api-base")
    Optional<String> apiBase;

    /** One client for the application (pseudo-scope: the gateway has no no-argument constructor to proxy). */
    @Produces
    @Singleton
    StripeGateway stripeGateway() {
        return new StripeGateway(client());
    }

    /** Connected accounts for host payouts, through a client of the same settings. */
    @Produces
    @Singleton
    StripeConnect stripeConnect() {
        return new StripeConnect(client());
    }

    private StripeClient client() {
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setApiKey(secretKey.orElse("sk_not_configured"))
                .setConnectTimeout(5_000)
                .setReadTimeout(20_000)
                .setMaxNetworkRetries(2);
        apiBase.ifPresent(builder::setApiBase);
        return builder.build();
    }
}
