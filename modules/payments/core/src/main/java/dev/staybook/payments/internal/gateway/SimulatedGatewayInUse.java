package dev.staybook.payments.internal.gateway;

import dev.staybook.kernel.deployment.DevelopmentSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Without a Stripe key new payments go to the simulated gateway, which approves them without moving any money:
 * right for a developer's machine and for demos, a free stay for everybody anywhere else.
 */
@ApplicationScoped
public class SimulatedGatewayInUse implements DevelopmentSetting {

    @Inject
    @ConfigProperty(name = "staybook.stripe.secret-key")
    Optional<String> stripeKey;
    @Inject
    @ConfigProperty(name = "staybook.allow.simulated-gateway", defaultValue = "false")
    boolean allowed;

    @Override
    public Optional<String> inUse() {
        return stripeKey.isPresent() ? Optional.empty()
                : Optional.of("the SIMULATED payment gateway, which approves every payment without taking any money");
    }

    @Override
    public boolean allowedInProduction() {
        return allowed;
    }

    @Override
    public String remedy() {
        return "set STAYBOOK_STRIPE_SECRET_KEY, or STAYBOOK_ALLOW_SIMULATED_GATEWAY=true for a demo";
    }
}
