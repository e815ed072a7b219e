package dev.staybook.it.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.staybook.it.payments.PaidStays.parisDay;
import static dev.staybook.it.payments.SupportRefundRequests.refund;
import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Support refunds of payments made with Stripe, against a stand-in for Stripe's API on the port the test server's
 * SDK was pointed at (STAYBOOK_STRIPE_API_BASE), answering with recorded Stripe responses. The test server has no
 * Stripe key, so the payment is captured by the simulated gateway and then handed to "Stripe" in the database.
 */
@SystemTest
class StripeRefundIT {

    private static final List<String> HANDED_TO_STRIPE = new CopyOnWriteArrayList<>();
    private static WireMockServer stripeApi;
    private static TestUser guest;
    private static String listing;

    @BeforeAll
    static void stripeAndAListing() {
        stripeApi = StripeStub.server();
        TestUser host = TestUser.register("Stripe Refund Host").asHost();
        guest = TestUser.register("Stripe Refund Guest");
        listing = PaidStays.instantBookListing(host);
    }

    @AfterAll
    static void paymentsLeaveReconciliation() {
        HANDED_TO_STRIPE.forEach(SupportRefundRequests::outOfReconciliation);
        assertEquals(0, SupportRefundRequests.unbalancedTransactionsAndKinds());
    }

    /** A captured booking whose payment intent is at Stripe; returns the intent id. */
    private static String capturedAtStripe(String bookingId) {
        PaidStays.awaitPayment(guest, bookingId, "CAPTURED");
        HANDED_TO_STRIPE.add(bookingId);
        String intent = "pi_" + bookingId.replace("-", "");
        PaymentRows.execute("update payments.payments set gateway = 'stripe', gateway_reference = ? where booking_id = ?::uuid",
                intent, bookingId);
        return intent;
    }

    @Test
    void aRefundIsAskedOfStripeOnceUnderItsIdempotencyKey() {
        String id = PaidStays.confirmed(guest, listing, parisDay(30));
        String intent = capturedAtStripe(id);
        stripeApi.stubFor(post(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=" + intent))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "re_3QxStaybook%s", "object": "refund", "amount": 10000, "currency": "eur",
                         "payment_intent": "%s", "reason": "requested_by_customer", "status": "succeeded",
                         "created": 1733212800, "metadata": {}}""".formatted(id.substring(0, 8), intent))));

        JsonPath first = refund(PaidStays.administrator(), id, "stripe-" + id, "100.00", "EUR").then().statusCode(201)
                .extract().jsonPath();
        refund(PaidStays.administrator(), id, "stripe-" + id, "100.00", "EUR").then().statusCode(201)
                .header("Idempotent-Replayed", "true");

        assertEquals("SUCCEEDED", first.getString("status"));
        stripeApi.verify(1, postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("support-refund-" + first.getString("id")))
                .withRequestBody(containing("payment_intent=" + intent)).withRequestBody(containing("amount=10000")));
        assertEquals("PARTIALLY_REFUNDED", PaidStays.payment(guest, id).getString("status"));
        assertEquals(Map.of("GUEST_PAYMENTS", "403.00", "REFUNDS", "-100.00", "HOST_PAYABLE", "-237.02",
                "TAXES_PAYABLE", "-24.44", "PLATFORM_FEES", "-41.54"), PaymentRows.accountTotalsOfBooking(id));
    }

    @Test
    void aRefundStripeRefusesIsRecordedAsFailedAndMovesNothing() {
        String id = PaidStays.confirmed(guest, listing, parisDay(40));
        String intent = capturedAtStripe(id);
        stripeApi.stubFor(post(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=" + intent))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"type": "invalid_request_error", "code": "charge_disputed",
                                   "message": "Charge ch_3Qx has been charged back; cannot issue a refund."}}""")));

        JsonPath refused = refund(PaidStays.administrator(), id, "refused-" + id, "50.00", "EUR").then().statusCode(201)
                .extract().jsonPath();

        assertEquals("FAILED", refused.getString("status"));
        assertEquals("charge_disputed", refused.getString("failure"));
        JsonPath payment = PaidStays.payment(guest, id);
        assertEquals("CAPTURED", payment.getString("status"));
        assertEquals("0.00", payment.getString("refunded.amount"));
        assertEquals(List.of("FAILED"), payment.getList("supportRefunds.status"));
        assertEquals(List.of("CAPTURE"), PaymentRows.transactionKindsOfBooking(id));
    }

    @Test
    void whileStripeIsDownNothingIsRecordedAndTheSameRequestLaterRefundsOnce() {
        String id = PaidStays.confirmed(guest, listing, parisDay(50));
        String intent = capturedAtStripe(id);
        String key = "outage-" + id;
        stripeApi.stubFor(post(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=" + intent))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"type": "api_error", "message": "An unknown error occurred"}}""")));

        assertProblem(refund(PaidStays.administrator(), id, key, "30.00", "EUR"), 503, "gateway-unavailable")
                .header("Retry-After", notNullValue());
        JsonPath untouched = PaidStays.payment(guest, id);
        assertEquals("0.00", untouched.getString("refunded.amount"));
        assertEquals(List.of(), untouched.getList("supportRefunds"));

        stripeApi.stubFor(post(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=" + intent))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "re_3QxOutage", "object": "refund", "amount": 3000, "currency": "eur",
                         "payment_intent": "%s", "status": "succeeded", "created": 1733212800, "metadata": {}}""".formatted(intent))));
        JsonPath refunded = refund(PaidStays.administrator(), id, key, "30.00", "EUR").then().statusCode(201).extract().jsonPath();

        assertEquals("SUCCEEDED", refunded.getString("status"));
        assertEquals("30.00", PaidStays.payment(guest, id).getString("refunded.amount"));
        assertEquals(Set.of("support-refund-" + refunded.getString("id")), stripeApi.findAll(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withRequestBody(containing("payment_intent=" + intent))).stream()
                .map(request -> request.getHeader("Idempotency-Key")).collect(Collectors.toSet()),
                "every attempt asked Stripe for the same refund");
    }
}
