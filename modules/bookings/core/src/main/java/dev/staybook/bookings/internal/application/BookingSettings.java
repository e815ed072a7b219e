package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.internal.domain.FeeSchedule;
import dev.staybook.bookings.internal.domain.PriceCalculator;
import dev.staybook.bookings.internal.domain.UnpaidHolds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The bookings module's settings (MicroProfile Config; environment variables override the defaults). */
@ApplicationScoped
public class BookingSettings {

    @Inject
    @ConfigProperty(name = "staybook.bookings.guest-service-fee-percent", defaultValue = "14")
    BigDecimal guestServiceFeePercent;
    @Inject
    @ConfigProperty(name = "staybook.bookings.host-service-fee-percent", defaultValue = "3")
    BigDecimal hostServiceFeePercent;
    @Inject
    @ConfigProperty(name = "staybook.bookings.tax-percent", defaultValue = "10")
    BigDecimal taxPercent;
    @Inject
    @ConfigProperty(name = "staybook.bookings.payment-window", defaultValue = "PT30M")
    Duration paymentWindow;
    @Inject
    @ConfigProperty(name = "staybook.bookings.host-response-window", defaultValue = "PT24H")
    Duration hostResponseWindow;

    @Inject
    @ConfigProperty(name = "staybook.bookings.max-unpaid-per-guest", defaultValue = "3")
    int maxUnpaidPerGuest;

    public PriceCalculator priceCalculator() {
        return new PriceCalculator(new FeeSchedule(guestServiceFeePercent, hostServiceFeePercent, taxPercent));
    }

    /** How long a new booking holds its dates while the payment is authorized. */
    public Duration paymentWindow() {
        return paymentWindow;
    }

    /** How many bookings waiting for their payment one guest may hold at once. */
    public UnpaidHolds unpaidHolds() {
        return new UnpaidHolds(maxUnpaidPerGuest);
    }

    /** How long a host has to answer a request to book (never past check-in). */
    public Duration hostResponseWindow() {
        return hostResponseWindow;
    }
}
