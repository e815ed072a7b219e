package dev.staybook.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.staybook.client.ApiException;
import dev.staybook.client.api.BookingsApi;
import dev.staybook.client.api.ListingsApi;
import dev.staybook.client.api.PaymentsApi;
import dev.staybook.client.api.UsersApi;
import dev.staybook.client.model.BookingPaymentResponse;
import dev.staybook.client.model.BookingResponse;
import dev.staybook.client.model.BookingStatus;
import dev.staybook.client.model.CancellationPolicyChoice;
import dev.staybook.client.model.GeoPoint;
import dev.staybook.client.model.Listing;
import dev.staybook.client.model.ListingAddress;
import dev.staybook.client.model.ListingCapacity;
import dev.staybook.client.model.ListingInput;
import dev.staybook.client.model.ListingPhoto;
import dev.staybook.client.model.ListingPricing;
import dev.staybook.client.model.Money;
import dev.staybook.client.model.PlaceBookingRequest;
import dev.staybook.client.model.PropertyType;
import dev.staybook.client.model.QuoteRequest;
import dev.staybook.client.model.QuoteResponse;
import dev.staybook.client.model.ReasonRequest;
import dev.staybook.client.model.RoomType;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.SystemTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The main journey through the Java client that openapi-generator makes of the committed contract (which
 * OpenApiContractIT proves is the served document): a host registers, becomes a host, publishes a listing; a guest
 * quotes, books, sees the booking confirmed, cancels and reads the refund in the payments. No other HTTP is used.
 */
@SystemTest
class GeneratedClientIT {

    @Test
    void aGuestBooksAndCancelsAStayThroughTheGeneratedClient() throws ApiException {
        ClientSession host = ClientSession.registered("Client Host");
        new UsersApi(host.client()).becomeHost();
        host.refresh();
        Listing listing = new ListingsApi(host.client()).createListing(flatInLisbon());
        assertEquals(Listing.StatusEnum.PUBLISHED, listing.getStatus());

        ClientSession guest = ClientSession.registered("Client Guest");
        LocalDate checkIn = LocalDate.now().plusDays(40);
        QuoteResponse quote = new BookingsApi(guest.client()).quoteStay(new QuoteRequest()
                .listingId(listing.getId().toString()).checkIn(checkIn).checkOut(checkIn.plusDays(3)).guests(2));
        // 3 nights of 100.00 and 25.00 cleaning = 325.00; 14 % service fee 45.50; 10 % taxes 32.50
        assertEquals(new Money().amount("403.00").currency("EUR"), quote.getTotal());

        BookingsApi bookings = new BookingsApi(guest.client());
        BookingResponse placed = bookings.placeBooking(new PlaceBookingRequest()
                .listingId(listing.getId().toString()).checkIn(checkIn).checkOut(checkIn.plusDays(3)).guests(2),
                UUID.randomUUID().toString());
        assertEquals(quote.getTotal(), placed.getTotal(), "a booking charges its quote");
        String bookingId = placed.getId().toString();
        Eventually.until("the booking confirmed once its payment is authorized",
                () -> status(bookings, bookingId), BookingStatus.CONFIRMED::equals);

        BookingResponse cancelled = bookings.cancelBooking(bookingId, new ReasonRequest().reason("plans changed"));
        assertEquals(BookingStatus.CANCELLED_BY_GUEST, cancelled.getStatus());
        assertNotNull(cancelled.getRefund());

        PaymentsApi payments = new PaymentsApi(guest.client());
        BookingPaymentResponse payment = Eventually.until("the refund recorded in the booking's payment",
                () -> payments(payments, bookingId), p -> cancelled.getRefund().getTotal().equals(p.getRefunded()));
        assertEquals(quote.getTotal(), payment.getAmount());
    }

    private static ListingInput flatInLisbon() {
        return new ListingInput()
                .title("Generated client flat").description("Booked through the generated client.")
                .propertyType(PropertyType.APARTMENT).roomType(RoomType.ENTIRE_PLACE)
                .address(new ListingAddress().city("Lisbon").country("PT"))
                .location(new GeoPoint().latitude(new BigDecimal("38.7105")).longitude(new BigDecimal("-9.1434")))
                .timeZone("Europe/Lisbon")
                .capacity(new ListingCapacity().guests(4).bedrooms(2).beds(2).bathrooms(BigDecimal.ONE))
                .addPhotosItem(new ListingPhoto().url("https://photos.example.org/generated-client.jpg"))
                .pricing(new ListingPricing().nightlyPrice(new Money().amount("100.00").currency("EUR"))
                        .cleaningFee(new Money().amount("25.00").currency("EUR")))
                .instantBook(true).cancellationPolicy(CancellationPolicyChoice.FLEXIBLE)
                .publish(true);
    }

    private static BookingStatus status(BookingsApi bookings, String id) {
        try {
            return bookings.getBooking(id).getStatus();
        } catch (ApiException e) {
            throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private static BookingPaymentResponse payments(PaymentsApi payments, String id) {
        try {
            return payments.getBookingPayments(id);
        } catch (ApiException e) {
            throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
        }
    }
}
