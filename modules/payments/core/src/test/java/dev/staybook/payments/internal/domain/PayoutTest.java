package dev.staybook.payments.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutTest {

    private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");
    private static final PayoutRetryPolicy RETRIES = new PayoutRetryPolicy(3, Duration.ofDays(1));
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    @Test
    void anAcceptedTransferIsPaidWithTheGatewaysReference() {
        Payout.Settlement settled = payout(1, PayoutStatus.PENDING).settle(GatewayOutcome.succeeded("tr_1"), RETRIES, NOW);

        assertEquals(PayoutStatus.PAID, settled.status());
        assertEquals("tr_1", settled.reference());
        assertEquals(Optional.empty(), settled.nextAttempt());
    }

    @Test
    void aRefusalIsRetriedByThePolicyUntilTheAttemptsAreUsedUp() {
        Payout.Settlement first = payout(1, PayoutStatus.PENDING).settle(GatewayOutcome.failed("tr_1", "account_closed"), RETRIES, NOW);
        Payout.Settlement last = payout(3, PayoutStatus.FAILED).settle(GatewayOutcome.failed(null, null), RETRIES, NOW);

        assertEquals(PayoutStatus.FAILED, first.status());
        assertEquals("account_closed", first.failure());
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(1))), first.nextAttempt());
        assertEquals(PayoutStatus.ATTENTION, last.status());
        assertEquals("refused", last.failure());
        assertFalse(last.paid());
    }

    @Test
    void eachAttemptHasItsOwnIdempotencyKeyAndTheFirstKeepsTheOriginalOne() {
        assertEquals("payout-" + ID, payout(1, PayoutStatus.PENDING).transferKey());
        assertEquals("payout-" + ID + "-2", payout(2, PayoutStatus.FAILED).transferKey());
    }

    @Test
    void onlyPendingOrFailedPayoutsOfAPositiveAmountAreTransferred() {
        assertThrows(IllegalStateException.class, () -> payout(1, PayoutStatus.PAID));
        assertThrows(IllegalStateException.class, () -> payout(4, PayoutStatus.ATTENTION));
        assertThrows(IllegalArgumentException.class, () -> new Payout(ID, ID, eur("0.00"), 1, "simulated", "acct", 1, PayoutStatus.PENDING));
    }

    @Test
    void withoutAnAccountThereIsNothingToSendItTo() {
        assertFalse(new Payout(ID, ID, eur("10.00"), 1, "simulated", null, 1, PayoutStatus.PENDING).hasDestination());
    }

    private static Payout payout(int attempt, PayoutStatus status) {
        return new Payout(ID, ID, eur("315.25"), 2, "simulated", "acct_1", attempt, status);
    }

    private static Money eur(String amount) {
        return Money.rounded(new BigDecimal(amount), Currency.getInstance("EUR"));
    }
}
