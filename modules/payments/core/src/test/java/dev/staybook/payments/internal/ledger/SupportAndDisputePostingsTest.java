package dev.staybook.payments.internal.ledger;

import static dev.staybook.payments.internal.ledger.Account.CHARGEBACKS;
import static dev.staybook.payments.internal.ledger.Account.DISPUTE_HOLDS;
import static dev.staybook.payments.internal.ledger.Account.HOST_PAYABLE;
import static dev.staybook.payments.internal.ledger.Account.PLATFORM_FEES;
import static dev.staybook.payments.internal.ledger.Account.REFUNDS;
import static dev.staybook.payments.internal.ledger.Account.TAXES_PAYABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.kernel.Money;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupportAndDisputePostingsTest {

    private static final UUID BOOKING = UUID.randomUUID();

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void aSupportRefundComesOutOfTheHostTheTaxesAndThePlatform() {
        Posting refund = Postings.supportRefund(UUID.randomUUID(), BOOKING, eur("100.00"), eur("78.23"), eur("8.06"));
        assertEquals(Posting.Kind.REFUND, refund.kind());
        assertEquals(List.of(new Entry(HOST_PAYABLE, Side.DEBIT, eur("78.23")), new Entry(TAXES_PAYABLE, Side.DEBIT, eur("8.06")),
                new Entry(PLATFORM_FEES, Side.DEBIT, eur("13.71")), new Entry(REFUNDS, Side.CREDIT, eur("100.00"))), refund.entries());
    }

    @Test
    void aHoldAndItsReleaseCancelOut() {
        Posting hold = Postings.disputeHold(UUID.randomUUID(), BOOKING, eur("78.23"));
        Posting release = Postings.disputeRelease(UUID.randomUUID(), BOOKING, eur("78.23"));
        assertEquals(List.of(new Entry(HOST_PAYABLE, Side.DEBIT, eur("78.23")), new Entry(DISPUTE_HOLDS, Side.CREDIT, eur("78.23"))),
                hold.entries());
        assertEquals(List.of(new Entry(DISPUTE_HOLDS, Side.DEBIT, eur("78.23")), new Entry(HOST_PAYABLE, Side.CREDIT, eur("78.23"))),
                release.entries());
    }

    @Test
    void aLostDisputeEmptiesTheHoldAndTakesTheRestFromTaxesAndPlatform() {
        Posting loss = Postings.disputeLoss(UUID.randomUUID(), BOOKING, eur("100.00"), eur("78.23"), eur("8.06"));
        assertEquals(Posting.Kind.DISPUTE_LOSS, loss.kind());
        assertEquals(List.of(new Entry(DISPUTE_HOLDS, Side.DEBIT, eur("78.23")), new Entry(TAXES_PAYABLE, Side.DEBIT, eur("8.06")),
                new Entry(PLATFORM_FEES, Side.DEBIT, eur("13.71")), new Entry(CHARGEBACKS, Side.CREDIT, eur("100.00"))), loss.entries());
    }
}
