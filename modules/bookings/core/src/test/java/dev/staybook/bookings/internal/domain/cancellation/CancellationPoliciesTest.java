package dev.staybook.bookings.internal.domain.cancellation;

import static dev.staybook.bookings.internal.domain.cancellation.PolicyFixtures.CHECK_IN;
import static dev.staybook.bookings.internal.domain.cancellation.PolicyFixtures.cancelled;
import static dev.staybook.bookings.internal.domain.cancellation.PolicyFixtures.cancelledBeforeCheckIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.listings.api.CancellationPolicyChoice;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CancellationPoliciesTest {

    private final CancellationPolicy flexible = CancellationPolicies.latest(CancellationPolicyChoice.FLEXIBLE);
    private final CancellationPolicy moderate = CancellationPolicies.latest(CancellationPolicyChoice.MODERATE);
    private final CancellationPolicy strict = CancellationPolicies.latest(CancellationPolicyChoice.STRICT);

    @Test
    void flexibleRefundsInFullUpTo24HoursBeforeCheckIn() {
        assertTrue(flexible.guestCancels(cancelledBeforeCheckIn(Duration.ofHours(24))).isFull());
    }

    @Test
    void flexibleKeepsTheFirstNightAndTheServiceFeeAfterThat() {
        RefundTerms terms = flexible.guestCancels(cancelledBeforeCheckIn(Duration.ofHours(23).plusMinutes(59)));
        assertEquals(0, new BigDecimal("0.6666666666666667").compareTo(terms.accommodationShare()));
        assertTrue(terms.cleaningFee());
        assertFalse(terms.guestServiceFee());
    }

    @Test
    void moderateRefundsInFullFromFiveDaysAndHalfTheNightsLater() {
        assertTrue(moderate.guestCancels(cancelledBeforeCheckIn(Duration.ofDays(5))).isFull());
        RefundTerms late = moderate.guestCancels(cancelledBeforeCheckIn(Duration.ofDays(5).minusMinutes(1)));
        assertEquals(0, new BigDecimal("0.5").compareTo(late.accommodationShare()));
        assertTrue(late.cleaningFee());
        assertFalse(late.guestServiceFee());
    }

    @Test
    void strictRefundsInFullOnlyWithin48HoursOfBookingAndTwoWeeksAhead() {
        assertTrue(strict.guestCancels(cancelled(CHECK_IN.minus(Duration.ofDays(20)), CHECK_IN.minus(Duration.ofDays(19)))).isFull());
        // within 48 hours of booking but check-in only 10 days away: half
        RefundTerms tooClose = strict.guestCancels(cancelled(CHECK_IN.minus(Duration.ofDays(11)), CHECK_IN.minus(Duration.ofDays(10))));
        assertEquals(0, new BigDecimal("0.5").compareTo(tooClose.accommodationShare()));
        // booked long ago: half up to 7 days before check-in
        assertEquals(0, new BigDecimal("0.5").compareTo(strict.guestCancels(cancelledBeforeCheckIn(Duration.ofDays(7))).accommodationShare()));
    }

    @Test
    void strictRefundsOnlyTheCleaningFeeInTheLastWeek() {
        RefundTerms terms = strict.guestCancels(cancelledBeforeCheckIn(Duration.ofDays(6)));
        assertEquals(0, BigDecimal.ZERO.compareTo(terms.accommodationShare()));
        assertTrue(terms.cleaningFee());
        assertFalse(terms.guestServiceFee());
    }

    @Test
    void everyVersionCanStillBeFoundForOldBookings() {
        for (CancellationPolicyChoice name : CancellationPolicyChoice.values()) {
            CancellationPolicy latest = CancellationPolicies.latest(name);
            assertEquals(latest, CancellationPolicies.find(new PolicyVersion(name, 1)).orElseThrow());
        }
        assertTrue(CancellationPolicies.find(new PolicyVersion(CancellationPolicyChoice.STRICT, 99)).isEmpty());
    }
}
