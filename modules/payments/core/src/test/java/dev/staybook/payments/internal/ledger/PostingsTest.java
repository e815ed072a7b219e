package dev.staybook.payments.internal.ledger;

import static dev.staybook.payments.internal.ledger.Account.GUEST_PAYMENTS;
import static dev.staybook.payments.internal.ledger.Account.HOST_PAYABLE;
import static dev.staybook.payments.internal.ledger.Account.PAYOUTS;
import static dev.staybook.payments.internal.ledger.Account.PLATFORM_FEES;
import static dev.staybook.payments.internal.ledger.Account.REFUNDS;
import static dev.staybook.payments.internal.ledger.Account.TAXES_PAYABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.kernel.Money;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The 3-night example: guest pays 421.60 (300 + 40 cleaning + 47.60 fee + 34 taxes); host fee 10.20; payout 329.80. */
class PostingsTest {

    private static final UUID BOOKING = UUID.randomUUID();
    private static final List<PriceLine> LINES = List.of(line(PriceLineKind.ACCOMMODATION, "300.00"),
            line(PriceLineKind.CLEANING_FEE, "40.00"), line(PriceLineKind.GUEST_SERVICE_FEE, "47.60"),
            line(PriceLineKind.TAXES, "34.00"), line(PriceLineKind.HOST_SERVICE_FEE, "10.20"));

    private static PriceLine line(PriceLineKind kind, String amount) {
        return new PriceLine(kind, kind.name(), eur(amount));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** Net balance per account: debits positive, credits negative. */
    private static Map<Account, Money> balances(Posting... postings) {
        Map<Account, Money> balances = new EnumMap<>(Account.class);
        for (Posting posting : postings) {
            for (Entry entry : posting.entries()) {
                Money signed = entry.side() == Side.DEBIT ? entry.amount() : entry.amount().negate();
                balances.merge(entry.account(), signed, Money::plus);
            }
        }
        return balances;
    }

    @Test
    void aCaptureSplitsThePaymentIntoWhatIsOwedToWhom() {
        Map<Account, Money> after = balances(Postings.capture(UUID.randomUUID(), BOOKING, eur("421.60"), eur("329.80"), LINES));
        assertEquals(eur("421.60"), after.get(GUEST_PAYMENTS));
        assertEquals(eur("-329.80"), after.get(HOST_PAYABLE));
        assertEquals(eur("-34.00"), after.get(TAXES_PAYABLE));
        assertEquals(eur("-57.80"), after.get(PLATFORM_FEES)); // 47.60 guest fee + 10.20 host fee
    }

    @Test
    void aModerateLateRefundReversesEachShare() {
        // refund 209.00 = 150 nights + 40 cleaning + 19 taxes; payout falls from 329.80 to 145.50
        List<PriceLine> refundLines = List.of(line(PriceLineKind.ACCOMMODATION, "150.00"),
                line(PriceLineKind.CLEANING_FEE, "40.00"), line(PriceLineKind.TAXES, "19.00"));
        Map<Account, Money> after = balances(
                Postings.capture(UUID.randomUUID(), BOOKING, eur("421.60"), eur("329.80"), LINES),
                Postings.refund(UUID.randomUUID(), BOOKING, eur("209.00"), refundLines, eur("329.80"), eur("145.50")));
        assertEquals(eur("-145.50"), after.get(HOST_PAYABLE));
        assertEquals(eur("-15.00"), after.get(TAXES_PAYABLE));
        assertEquals(eur("-52.10"), after.get(PLATFORM_FEES)); // 47.60 kept + 4.50 host fee on what the host keeps
        assertEquals(eur("-209.00"), after.get(REFUNDS));
    }

    @Test
    void aPayoutSettlesWhatTheHostIsOwed() {
        Map<Account, Money> after = balances(
                Postings.capture(UUID.randomUUID(), BOOKING, eur("421.60"), eur("329.80"), LINES),
                Postings.payout(UUID.randomUUID(), UUID.randomUUID(), eur("329.80")));
        assertTrue(after.get(HOST_PAYABLE).isZero());
        assertEquals(eur("-329.80"), after.get(PAYOUTS));
    }

    @Test
    void aRefusedTransferOwesTheHostAgainAndItsRetryPaysOnce() {
        UUID payout = UUID.randomUUID();
        Map<Account, Money> refused = balances(
                Postings.capture(UUID.randomUUID(), BOOKING, eur("421.60"), eur("329.80"), LINES),
                Postings.payout(UUID.randomUUID(), payout, eur("329.80")),
                Postings.payoutReturned(UUID.randomUUID(), payout, eur("329.80")));
        assertEquals(eur("-329.80"), refused.get(HOST_PAYABLE));
        assertTrue(refused.get(PAYOUTS).isZero());
        Map<Account, Money> retried = balances(
                Postings.capture(UUID.randomUUID(), BOOKING, eur("421.60"), eur("329.80"), LINES),
                Postings.payout(UUID.randomUUID(), payout, eur("329.80")),
                Postings.payoutReturned(UUID.randomUUID(), payout, eur("329.80")),
                Postings.payout(UUID.randomUUID(), payout, eur("329.80")));
        assertTrue(retried.get(HOST_PAYABLE).isZero());
        assertEquals(eur("-329.80"), retried.get(PAYOUTS));
    }

    @Test
    void refusesAnUnbalancedPosting() {
        assertThrows(IllegalStateException.class, () -> Posting.of(Posting.Kind.CAPTURE, UUID.randomUUID(), Currency.getInstance("EUR"))
                .debit(GUEST_PAYMENTS, eur("10.00")).credit(HOST_PAYABLE, eur("9.99")).build());
    }

    @Test
    void refusesNegativeAmounts() {
        assertThrows(IllegalArgumentException.class, () -> new Entry(GUEST_PAYMENTS, Side.DEBIT, eur("-1.00")));
    }
}
