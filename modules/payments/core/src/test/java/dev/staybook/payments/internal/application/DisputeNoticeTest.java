package dev.staybook.payments.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Stripe's dispute object as charge.dispute.* events carry it (amounts in minor units, lower-case currency). */
class DisputeNoticeTest {

    private static JsonObject dispute(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void readsTheDisputedAmountInTheCurrencysMinorUnits() {
        DisputeNotice notice = DisputeNotice.of(dispute("""
                {"id": "dp_1Qx", "object": "dispute", "amount": 40300, "currency": "eur", "charge": "ch_3Qx",
                 "payment_intent": "pi_3Qx", "reason": "fraudulent", "status": "needs_response"}"""));
        assertEquals(new DisputeNotice("dp_1Qx", "pi_3Qx", Money.of("403.00", "EUR"), "fraudulent", "needs_response"), notice);
        assertFalse(notice.lost());
    }

    @Test
    void yenHaveNoMinorUnitsAndALostDisputeSaysSo() {
        DisputeNotice notice = DisputeNotice.of(dispute("""
                {"id": "dp_2", "amount": 12000, "currency": "jpy", "payment_intent": "pi_2", "status": "lost"}"""));
        assertEquals(Money.of("12000", "JPY"), notice.amount());
        assertTrue(notice.lost());
    }

    @Test
    void aChargeWithoutPaymentIntentNamesNoPayment() {
        assertNull(DisputeNotice.of(dispute("""
                {"id": "dp_3", "amount": 100, "currency": "eur", "payment_intent": null, "status": "won"}""")).paymentReference());
    }

    @Test
    void aMalformedDisputeIsRefused() {
        assertThrows(InvalidInput.class, () -> DisputeNotice.of(dispute("""
                {"id": "dp_4", "amount": "lots", "currency": "eur", "payment_intent": "pi_4"}""")));
        assertThrows(InvalidInput.class, () -> DisputeNotice.of(dispute("""
                {"id": "dp_5", "amount": 0, "currency": "eur", "payment_intent": "pi_5"}""")));
        assertThrows(InvalidInput.class, () -> DisputeNotice.of(dispute("""
                {"id": "dp_6", "amount": 100, "currency": "xyz", "payment_intent": "pi_6"}""")));
    }
}
