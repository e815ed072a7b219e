package dev.staybook.it.bookings;

import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.TestUser;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Listings to book and dates to book them for. Unless a test changes it, a listing is the fixture's:
 * 100.00 EUR a night, 25.00 cleaning, up to 4 guests, instant book, in Europe/Paris, moderate cancellation.
 * Three such nights cost the guest 403.00: 300.00 + 25.00 cleaning = 325.00, plus 14 % service fee
 * (45.50) and 10 % taxes (32.50).
 */
final class Stays {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Stays() {
    }

    /** The date {@code days} after today in Paris, where the fixture's listings are. */
    static LocalDate parisDay(int days) {
        return LocalDate.now(PARIS).plusDays(days);
    }

    /** A published instant-book listing of the fixture, in a city of its own; returns its id. */
    static String instantBookListing(TestUser host, String cityPrefix) {
        return ListingFixtures.published(host, listingIn(cityPrefix));
    }

    /** A published instant-book listing whose house rules allow pets; returns its id. */
    static String petFriendlyListing(TestUser host, String cityPrefix) {
        return ListingFixtures.published(host, listingIn(cityPrefix).add("houseRules", Json.createObjectBuilder().add("petsAllowed", true)));
    }

    /** A published listing whose host answers each request to book; returns its id. */
    static String requestToBookListing(TestUser host, String cityPrefix) {
        return ListingFixtures.published(host, listingIn(cityPrefix).add("instantBook", false));
    }

    /** A published instant-book listing at this nightly price (EUR, 25.00 cleaning); returns its id. */
    static String listingPricedAt(TestUser host, String cityPrefix, String nightlyPrice) {
        return ListingFixtures.published(host, listingIn(cityPrefix).add("pricing", pricing(nightlyPrice, "25.00")));
    }

    /** The fixture's body for a listing in a city no other test uses. */
    static JsonObjectBuilder listingIn(String cityPrefix) {
        return ListingFixtures.listing(ListingFixtures.uniqueCity(cityPrefix), 48.85, 2.35);
    }

    static JsonObjectBuilder pricing(String nightlyPrice, String cleaningFee) {
        return Json.createObjectBuilder()
                .add("nightlyPrice", ListingFixtures.money(nightlyPrice, "EUR"))
                .add("cleaningFee", ListingFixtures.money(cleaningFee, "EUR"));
    }

    static JsonObjectBuilder stayRules(int minNights, int maxNights, int advanceNoticeDays, int preparationDays) {
        return Json.createObjectBuilder().add("minNights", minNights).add("maxNights", maxNights)
                .add("advanceNoticeDays", advanceNoticeDays).add("preparationDays", preparationDays);
    }

    /** The body of a quote or booking request. */
    static String stay(String listingId, LocalDate checkIn, LocalDate checkOut, int guests) {
        return Json.createObjectBuilder().add("listingId", listingId).add("checkIn", checkIn.toString())
                .add("checkOut", checkOut.toString()).add("guests", guests).build().toString();
    }
}
