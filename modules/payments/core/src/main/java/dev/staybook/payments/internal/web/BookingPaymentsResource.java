package dev.staybook.payments.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.payments.internal.application.PaymentQueries;
import dev.staybook.payments.internal.application.PaymentView;
import dev.staybook.payments.internal.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/bookings/{id}/payments")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = "bearer")
@Tag(name = "Payments", description = "Charges and refunds of bookings, host payouts, payment gateway webhooks")
public class BookingPaymentsResource {

    @Inject
    PaymentQueries queries;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getBookingPayments", summary = "A booking's payment",
            description = "Authorization, capture, voids and refunds with every gateway attempt and failure, and the refunds "
                    + "support gave. Guest and host only; the host also sees the payout.")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BookingPaymentResponse get(@PathParam("id") String id) {
        Caller caller = currentUser.require();
        PaymentView payment = queries.ofBooking(caller, bookingId(id));
        boolean host = caller.id().value().equals(payment.hostId()) || caller.isAdmin();
        boolean guest = caller.id().value().equals(payment.guestId());
        return new BookingPaymentResponse(payment.bookingId().toString(), payment.status(), payment.amount(),
                payment.captured(), payment.refunded(), host ? payment.hostPayout() : null,
                host ? payment.payableAt() : null, payment.failureReason(), guest ? payment.clientSecret() : null,
                payment.attempts().stream().map(a -> new BookingPaymentResponse.Attempt(a.kind().name(), a.amount(),
                        a.outcome().name(), a.failure(), a.at())).toList(),
                payment.supportRefunds().stream().map(SupportRefundResponse::of).toList());
    }

    private static UUID bookingId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("payment-not-found", "There is no payment for this booking that you may see.");
        }
    }

    /** A booking's payment as a party to the booking sees it. */
    @Schema(requiredProperties = {"bookingId", "status", "amount", "captured", "refunded", "attempts", "supportRefunds"})
    public record BookingPaymentResponse(@Schema(format = "uuid") String bookingId,
                                         PaymentStatus status, Money amount, Money captured, Money refunded,
                                         Money hostPayout, Instant payableAt, String failureReason, String clientSecret,
                                         List<Attempt> attempts, List<SupportRefundResponse> supportRefunds) {

        /** One call to the gateway. */
        @Schema(requiredProperties = {"kind", "outcome", "at"})
        public record Attempt(@Schema(enumeration = {"AUTHORIZE", "CAPTURE", "VOID", "REFUND"}) String kind, Money amount,
                              @Schema(enumeration = {"SUCCEEDED", "FAILED", "ACTION_REQUIRED"}) String outcome, String failure,
                              Instant at) {
        }
    }
}
