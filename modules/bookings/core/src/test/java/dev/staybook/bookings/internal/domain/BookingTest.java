package dev.staybook.bookings.internal.domain;

import static dev.staybook.bookings.internal.domain.Fixtures.FEES;
import static dev.staybook.bookings.internal.domain.Fixtures.GUEST;
import static dev.staybook.bookings.internal.domain.Fixtures.HOST;
import static dev.staybook.bookings.internal.domain.Fixtures.flatRates;
import static dev.staybook.bookings.internal.domain.Fixtures.listing;
import static dev.staybook.bookings.internal.domain.Fixtures.stay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicies;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicy;
import dev.staybook.bookings.internal.domain.cancellation.Refund;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.CancellationPolicyChoice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BookingTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");
    private static final Duration PAYMENT_WINDOW = Duration.ofMinutes(30);
    private static final Duration RESPONSE_WINDOW = Duration.ofHours(24);
    private static final DateRange STAY = stay("2027-03-01", "2027-03-04"); // check-in 2027-03-01T14:00Z (15:00 Amsterdam)
    private static final UnaryOperator<Money> AS_THE_POLICY_GRANTS = UnaryOperator.identity();

    private static Booking place(boolean instantBook, CancellationPolicyChoice policyName) {
        BookableListing listing = listing(instantBook, policyName);
        Quote quote = new PriceCalculator(FEES).quote(STAY, Guests.adults(2), listing.priceRules(), flatRates(STAY, "100.00"));
        CancellationPolicy policy = CancellationPolicies.latest(policyName);
        return Booking.place(UUID.randomUUID(), listing, GUEST, quote, policy, "Hi!", NOW, PAYMENT_WINDOW);
    }

    private static Booking confirmed(CancellationPolicyChoice policy) {
        Booking booking = place(true, policy);
        booking.paymentAuthorized(NOW.plusSeconds(5), RESPONSE_WINDOW);
        return booking;
    }

    @Test
    void aNewBookingWaitsForPaymentAndKeepsItsQuote() {
        Booking booking = place(true, CancellationPolicyChoice.MODERATE);
        assertEquals(BookingStatus.PENDING_PAYMENT, booking.status());
        assertEquals(NOW.plus(PAYMENT_WINDOW), booking.paymentDueAt());
        assertEquals(Money.of("421.60", "EUR"), booking.guestTotal());
        assertEquals(Instant.parse("2027-03-01T14:00:00Z"), booking.checkInAt());
        assertEquals(3, booking.nightlyRates().size());
        assertEquals(Actor.guest(GUEST), booking.transitions().get(0).actor());
    }

    @Test
    void anAuthorizedInstantBookingIsConfirmed() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        assertEquals(BookingStatus.CONFIRMED, booking.status());
        assertNull(booking.paymentDueAt());
        assertTrue(booking.wasCharged());
    }

    @Test
    void anAuthorizedRequestWaitsForTheHostAtMostADay() {
        Booking booking = place(false, CancellationPolicyChoice.MODERATE);
        booking.paymentAuthorized(NOW, RESPONSE_WINDOW);
        assertEquals(BookingStatus.REQUESTED, booking.status());
        assertEquals(NOW.plus(RESPONSE_WINDOW), booking.respondBy());

        booking.accept(Actor.host(HOST), NOW.plusSeconds(60));
        assertEquals(BookingStatus.CONFIRMED, booking.status());
        assertEquals(Actor.host(HOST), booking.transitions().get(booking.transitions().size() - 1).actor());
    }

    @Test
    void anAnswerAfterTheDeadlineFindsTheRequestExpired() {
        Booking booking = place(false, CancellationPolicyChoice.MODERATE);
        booking.paymentAuthorized(NOW, RESPONSE_WINDOW);
        Conflict late = assertThrows(Conflict.class, () -> booking.accept(Actor.host(HOST), NOW.plus(RESPONSE_WINDOW)));
        assertEquals("response-too-late", late.code());
        assertEquals(BookingStatus.REQUESTED, booking.status(), "the deadline sweep expires it");
    }

    @Test
    void theHostMayDeclineARequest() {
        Booking booking = place(false, CancellationPolicyChoice.MODERATE);
        booking.paymentAuthorized(NOW, RESPONSE_WINDOW);
        booking.decline(Actor.host(HOST), "dates no longer work", NOW.plusSeconds(60));
        assertEquals(BookingStatus.DECLINED, booking.status());
        assertEquals("dates no longer work", booking.transitions().get(2).reason());
        assertFalse(booking.wasCharged());
    }

    @Test
    void refusesIllegalTransitionsWithAConflict() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        Conflict conflict = assertThrows(Conflict.class, () -> booking.decline(Actor.host(HOST), "no", NOW));
        assertEquals("illegal-transition", conflict.code());
        assertEquals("A confirmed booking cannot become declined.", conflict.detail());
        assertThrows(Conflict.class, () -> booking.accept(Actor.host(HOST), NOW));
        assertThrows(Conflict.class, () -> booking.expire("late", NOW));
    }

    @Test
    void aRefusedTransitionSaysWhereTheBookingStands() {
        Booking booking = place(false, CancellationPolicyChoice.STRICT);
        CancellationPolicy policy = CancellationPolicies.latest(CancellationPolicyChoice.STRICT);
        booking.cancel(Party.GUEST, Actor.guest(GUEST), policy, AS_THE_POLICY_GRANTS, null, NOW);

        Conflict twice = assertThrows(Conflict.class, () -> booking.cancel(Party.GUEST, Actor.guest(GUEST), policy, AS_THE_POLICY_GRANTS, null, NOW));
        assertEquals("The booking is already cancelled by guest.", twice.detail());
        Conflict byHost = assertThrows(Conflict.class, () -> booking.cancel(Party.HOST, Actor.host(HOST), policy, AS_THE_POLICY_GRANTS, null, NOW));
        assertEquals("The booking is cancelled by guest: it does not change any more.", byHost.detail());
    }

    @Test
    void cancellingBeforeConfirmationRefundsNothingSinceNothingWasCharged() {
        Booking booking = place(false, CancellationPolicyChoice.STRICT);
        Refund refund = booking.cancel(Party.GUEST, Actor.guest(GUEST), CancellationPolicies.latest(CancellationPolicyChoice.STRICT), AS_THE_POLICY_GRANTS, null, NOW);
        assertEquals(BookingStatus.CANCELLED_BY_GUEST, booking.status());
        assertEquals(Money.of("0.00", "EUR"), refund.total());
        assertEquals(List.of(), refund.lines());
        assertEquals(Money.of("0.00", "EUR"), booking.refundTotal());
        assertEquals(Money.of("0.00", "EUR"), booking.hostPayout());
        assertTrue(refund.rule().contains("nothing was charged"), refund.rule());
        assertFalse(booking.wasCharged());
    }

    @Test
    void aGuestCancellationFollowsTheBookingsPolicy() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        Instant fourDaysBefore = booking.checkInAt().minus(Duration.ofDays(4));
        Refund refund = booking.cancel(Party.GUEST, Actor.guest(GUEST), CancellationPolicies.latest(CancellationPolicyChoice.MODERATE), AS_THE_POLICY_GRANTS, "plans changed", fourDaysBefore);
        assertEquals(Money.of("209.00", "EUR"), refund.total());
        assertEquals(Money.of("145.50", "EUR"), booking.hostPayout());
        assertEquals(refund.total(), booking.refundTotal());
    }

    @Test
    void earlierSupportRefundsShowAsALineOfTheRefundWhilePaymentsGetsThePolicysGrant() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        Instant fourDaysBefore = booking.checkInAt().minus(Duration.ofDays(4));
        CancellationPolicy policy = CancellationPolicies.latest(CancellationPolicyChoice.MODERATE);
        Refund granted = booking.cancel(Party.GUEST, Actor.guest(GUEST), policy, policyRefund -> Money.of("9.00", "EUR"),
                "plans changed", fourDaysBefore);

        assertEquals(Money.of("209.00", "EUR"), granted.total());
        assertEquals(Money.of("9.00", "EUR"), booking.refundTotal());
        PriceLine counted = booking.refundLines().get(booking.refundLines().size() - 1);
        assertEquals(new PriceLine(PriceLineKind.SUPPORT_REFUNDS, "Already refunded by support", Money.of("-200.00", "EUR")),
                counted);
        assertEquals(booking.refundTotal(), booking.refundLines().stream().map(PriceLine::amount).reduce(Money::plus).orElseThrow());
        assertEquals(granted.rule(), booking.refundRule());
        assertEquals(Money.of("145.50", "EUR"), booking.hostPayout());
    }

    @Test
    void aSupportRefundMadeBeforePaymentsRefundedTheCancellationEndsItsLines() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        Instant fourDaysBefore = booking.checkInAt().minus(Duration.ofDays(4));
        Refund granted = booking.cancel(Party.GUEST, Actor.guest(GUEST), CancellationPolicies.latest(CancellationPolicyChoice.MODERATE),
                AS_THE_POLICY_GRANTS, "plans changed", fourDaysBefore);
        assertEquals(Money.of("209.00", "EUR"), booking.refundTotal());

        booking.cancellationRefunded(Money.of("159.00", "EUR")); // support refunded 50.00 in between

        assertEquals(Money.of("159.00", "EUR"), booking.refundTotal());
        List<PriceLine> lines = booking.refundLines();
        assertEquals(granted.lines(), lines.subList(0, lines.size() - 1));
        assertEquals(new PriceLine(PriceLineKind.SUPPORT_REFUNDS, "Already refunded by support", Money.of("-50.00", "EUR")),
                lines.get(lines.size() - 1));
        assertEquals(booking.refundTotal(), lines.stream().map(PriceLine::amount).reduce(Money::plus).orElseThrow());
        assertEquals(Money.of("145.50", "EUR"), booking.hostPayout());

        booking.cancellationRefunded(Money.of("159.00", "EUR"));
        assertEquals(lines, booking.refundLines(), "a repeated announcement changes nothing");
    }

    @Test
    void aRefundAsTheLinesSayChangesNothing() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        booking.cancel(Party.GUEST, Actor.guest(GUEST), CancellationPolicies.latest(CancellationPolicyChoice.MODERATE),
                policyRefund -> Money.of("9.00", "EUR"), "plans changed", booking.checkInAt().minus(Duration.ofDays(4)));
        List<PriceLine> counted = booking.refundLines();

        booking.cancellationRefunded(Money.of("9.00", "EUR"));

        assertEquals(counted, booking.refundLines());
        assertEquals(Money.of("9.00", "EUR"), booking.refundTotal());
    }

    @Test
    void supportRefundsBeforeAndAfterTheCancellationShowAsOneLine() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        booking.cancel(Party.GUEST, Actor.guest(GUEST), CancellationPolicies.latest(CancellationPolicyChoice.MODERATE),
                policyRefund -> Money.of("9.00", "EUR"), "plans changed", booking.checkInAt().minus(Duration.ofDays(4)));

        booking.cancellationRefunded(Money.of("4.00", "EUR"));

        List<PriceLine> supportLines = booking.refundLines().stream().filter(line -> line.kind() == PriceLineKind.SUPPORT_REFUNDS).toList();
        assertEquals(List.of(new PriceLine(PriceLineKind.SUPPORT_REFUNDS, "Already refunded by support", Money.of("-205.00", "EUR"))),
                supportLines);
        assertEquals(supportLines.get(0), booking.refundLines().get(booking.refundLines().size() - 1));
        assertEquals(Money.of("4.00", "EUR"), booking.refundTotal());
        assertEquals(booking.refundTotal(), booking.refundLines().stream().map(PriceLine::amount).reduce(Money::plus).orElseThrow());
    }

    @Test
    void aCancellationNeverShowsMoreGivenBackThanThePolicyGrants() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        booking.cancel(Party.GUEST, Actor.guest(GUEST), CancellationPolicies.latest(CancellationPolicyChoice.MODERATE),
                AS_THE_POLICY_GRANTS, "plans changed", booking.checkInAt().minus(Duration.ofDays(4)));

        assertThrows(IllegalArgumentException.class, () -> booking.cancellationRefunded(Money.of("209.01", "EUR")));
        assertEquals(Money.of("209.00", "EUR"), booking.refundTotal());
    }

    @Test
    void onlyACancelledBookingHearsOfItsRefund() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        assertThrows(IllegalStateException.class, () -> booking.cancellationRefunded(Money.of("10.00", "EUR")));
    }

    @Test
    void aHostCancellationAlwaysRefundsInFull() {
        Booking booking = confirmed(CancellationPolicyChoice.STRICT);
        Refund refund = booking.cancel(Party.HOST, Actor.host(HOST), CancellationPolicies.latest(CancellationPolicyChoice.STRICT), AS_THE_POLICY_GRANTS, "pipe burst", booking.checkInAt().minusSeconds(60));
        assertEquals(BookingStatus.CANCELLED_BY_HOST, booking.status());
        assertEquals(booking.guestTotal(), refund.total());
    }

    @Test
    void aStayThatHasBegunCannotBeCancelled() {
        Booking booking = confirmed(CancellationPolicyChoice.FLEXIBLE);
        Conflict conflict = assertThrows(Conflict.class, () ->
                booking.cancel(Party.GUEST, Actor.guest(GUEST), CancellationPolicies.latest(CancellationPolicyChoice.FLEXIBLE), AS_THE_POLICY_GRANTS, null, booking.checkInAt()));
        assertEquals("stay-started", conflict.code());
    }

    @Test
    void checksInAndCompletesOnlyOnceTheirTimesAreReached() {
        Booking booking = confirmed(CancellationPolicyChoice.FLEXIBLE);
        assertThrows(Conflict.class, () -> booking.checkIn(booking.checkInAt().minusSeconds(1)));
        booking.checkIn(booking.checkInAt());
        assertThrows(Conflict.class, () -> booking.complete(booking.checkOutAt().minusSeconds(1)));
        booking.complete(booking.checkOutAt());
        assertEquals(BookingStatus.COMPLETED, booking.status());
        assertEquals(4, booking.transitions().size()); // placed, confirmed, checked in, completed
    }

    @Test
    void aConfirmedBookingWhosePaymentCouldNotBeCollectedIsCancelledWithoutRefund() {
        Booking booking = confirmed(CancellationPolicyChoice.STRICT);
        Refund refund = booking.cancelUnpaid("payment could not be collected (capture_refused)", NOW.plusSeconds(3600));

        assertEquals(BookingStatus.CANCELLED_UNPAID, booking.status());
        assertFalse(booking.status().isActive(), "the nights are released");
        assertEquals(booking.currency(), refund.total().currency());
        assertTrue(refund.total().isZero(), "nothing was charged, so nothing is refunded");
        assertTrue(refund.hostPayout().isZero(), "the host earns nothing from an unpaid stay");
        assertTrue(refund.lines().isEmpty());
        assertFalse(booking.wasCharged());
        Transition last = booking.transitions().get(booking.transitions().size() - 1);
        assertEquals(Actor.system(), last.actor());
        assertEquals("payment could not be collected (capture_refused)", last.reason());
    }

    @Test
    void aCancellationBeforeThePaymentWasCollectedRefundsNothingWhateverThePolicy() {
        Booking booking = confirmed(CancellationPolicyChoice.FLEXIBLE);
        Refund refund = booking.cancelUncollected(Party.HOST, Actor.host(HOST), "double booked elsewhere", NOW.plusSeconds(60));

        assertEquals(BookingStatus.CANCELLED_BY_HOST, booking.status());
        assertTrue(refund.total().isZero(), "nothing was charged, so nothing is refunded");
        assertTrue(refund.hostPayout().isZero());
        assertEquals("double booked elsewhere", booking.transitions().get(booking.transitions().size() - 1).reason());
    }

    @Test
    void onlyAConfirmedBookingIsCancelledForNonPayment() {
        Booking requested = place(false, CancellationPolicyChoice.MODERATE);
        requested.paymentAuthorized(NOW, RESPONSE_WINDOW);
        assertThrows(Conflict.class, () -> requested.cancelUnpaid("payment could not be collected", NOW));

        Booking checkedIn = confirmed(CancellationPolicyChoice.MODERATE);
        checkedIn.checkIn(checkedIn.checkInAt());
        assertThrows(Conflict.class, () -> checkedIn.cancelUnpaid("payment could not be collected", checkedIn.checkInAt()),
                "a stay that has begun is never cancelled");
    }

    @Test
    void aFailedOrLatePaymentExpiresTheBooking() {
        Booking booking = place(true, CancellationPolicyChoice.FLEXIBLE);
        booking.expire("payment declined", NOW);
        assertEquals(BookingStatus.EXPIRED, booking.status());
        assertFalse(booking.status().isActive());
    }

    @Test
    void aGivenReasonFitsItsColumnAndHoldsNoControlCharacters() {
        Booking booking = confirmed(CancellationPolicyChoice.MODERATE);
        CancellationPolicy policy = CancellationPolicies.latest(CancellationPolicyChoice.MODERATE);
        assertThrows(dev.staybook.kernel.error.InvalidInput.class,
                () -> booking.cancel(Party.GUEST, Actor.guest(GUEST), policy, AS_THE_POLICY_GRANTS, "x".repeat(501), NOW));
        assertThrows(dev.staybook.kernel.error.InvalidInput.class,
                () -> booking.cancel(Party.GUEST, Actor.guest(GUEST), policy, AS_THE_POLICY_GRANTS, "changed\u0000", NOW));
        assertEquals(BookingStatus.CONFIRMED, booking.status(), "a refused reason changes nothing");
    }

    @Test
    void aSystemReasonIsShortenedToItsColumn() {
        Booking booking = place(true, CancellationPolicyChoice.MODERATE);
        booking.expire("payment failed: " + "gateway words ".repeat(100), NOW);
        assertEquals(Transition.MAX_REASON, booking.transitions().get(booking.transitions().size() - 1).reason().length());
    }
}
