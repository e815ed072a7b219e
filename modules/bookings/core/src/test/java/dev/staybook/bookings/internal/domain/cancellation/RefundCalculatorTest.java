package dev.staybook.bookings.internal.domain.cancellation;

import static dev.staybook.bookings.api.PriceLineKind.ACCOMMODATION;
import static dev.staybook.bookings.api.PriceLineKind.CLEANING_FEE;
import static dev.staybook.bookings.api.PriceLineKind.GUEST_SERVICE_FEE;
import static dev.staybook.bookings.api.PriceLineKind.HOST_SERVICE_FEE;
import static dev.staybook.bookings.api.PriceLineKind.LENGTH_OF_STAY_DISCOUNT;
import static dev.staybook.bookings.api.PriceLineKind.TAXES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples on a 3-night, 100 EUR/night stay: cleaning 40, service fee 14 %, taxes 10 %, host fee 3 %. */
class RefundCalculatorTest {

    private static final List<PriceLine> PAID = List.of(
            line(ACCOMMODATION, "300.00"), line(CLEANING_FEE, "40.00"), line(GUEST_SERVICE_FEE, "47.60"),
            line(TAXES, "34.00"), line(HOST_SERVICE_FEE, "10.20"));

    private static PriceLine line(PriceLineKind kind, String amount) {
        return new PriceLine(kind, kind.name(), Money.of(amount, "EUR"));
    }

    private static Money refunded(Refund refund, PriceLineKind kind) {
        return refund.lines().stream().filter(l -> l.kind() == kind).map(PriceLine::amount).findFirst()
                .orElse(Money.of("0", "EUR"));
    }

    @Test
    void aFullRefundGivesBackEverythingTheGuestPaidAndTheHostEarnsNothing() {
        Refund refund = RefundCalculator.apply(RefundTerms.full("full"), PAID);
        assertEquals(Money.of("421.60", "EUR"), refund.total());
        assertEquals(Money.of("0.00", "EUR"), refund.hostPayout());
    }

    @Test
    void halfTheNightsWithCleaningButNotTheServiceFee() {
        Refund refund = RefundCalculator.apply(new RefundTerms(new BigDecimal("0.5"), true, false, "half"), PAID);
        assertEquals(Money.of("150.00", "EUR"), refunded(refund, ACCOMMODATION));
        assertEquals(Money.of("40.00", "EUR"), refunded(refund, CLEANING_FEE));
        assertEquals(Money.of("19.00", "EUR"), refunded(refund, TAXES)); // 34 x 190/340
        assertEquals(Money.of("0", "EUR"), refunded(refund, GUEST_SERVICE_FEE));
        assertEquals(Money.of("209.00", "EUR"), refund.total());
        assertEquals(Money.of("145.50", "EUR"), refund.hostPayout()); // 150 kept - 4.50 host fee
    }

    @Test
    void theFirstNightKeptUnderTheFlexiblePolicy() {
        Refund refund = RefundCalculator.apply(new RefundTerms(new BigDecimal("0.6666666666666667"), true, false, "flex"), PAID);
        assertEquals(Money.of("200.00", "EUR"), refunded(refund, ACCOMMODATION));
        assertEquals(Money.of("264.00", "EUR"), refund.total());
        assertEquals(Money.of("97.00", "EUR"), refund.hostPayout());
    }

    @Test
    void theDiscountIsReturnedInProportionToTheRefundedNights() {
        List<PriceLine> discounted = List.of(line(ACCOMMODATION, "700.00"), line(LENGTH_OF_STAY_DISCOUNT, "-70.00"),
                line(GUEST_SERVICE_FEE, "88.20"), line(TAXES, "63.00"), line(HOST_SERVICE_FEE, "18.90"));
        Refund refund = RefundCalculator.apply(new RefundTerms(new BigDecimal("0.5"), true, false, "half"), discounted);
        assertEquals(Money.of("350.00", "EUR"), refunded(refund, ACCOMMODATION));
        assertEquals(Money.of("-35.00", "EUR"), refunded(refund, LENGTH_OF_STAY_DISCOUNT));
        assertEquals(Money.of("346.50", "EUR"), refund.total()); // 315 + 31.50 taxes
    }

    @Test
    void neverRefundsMoreThanEachPaidLine() {
        Refund refund = RefundCalculator.apply(new RefundTerms(new BigDecimal("0.3333333333333333"), true, true, "odd"), PAID);
        for (PriceLine back : refund.lines()) {
            Money paid = PAID.stream().filter(l -> l.kind() == back.kind()).findFirst().orElseThrow().amount();
            assertTrue(back.amount().compareTo(paid) <= 0, back.kind() + " refunds more than was paid");
        }
    }
}
