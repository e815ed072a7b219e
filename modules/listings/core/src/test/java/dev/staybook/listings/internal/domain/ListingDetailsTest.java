package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.Money;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingDetailsTest {

    @Test
    void reportsEveryInvalidFieldOfTheWhole() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> new ListingDetails(" ", "x".repeat(5001), null, null,
                null, null, null, null, null, null, null, null, null, null, null, false, null));
        assertEquals(java.util.Set.of("title", "description", "propertyType", "roomType", "address", "location", "timeZone",
                "capacity", "houseRules", "checkInFrom", "checkOutUntil", "pricing", "stayRules", "cancellationPolicy"),
                java.util.Set.copyOf(invalid.errors().stream().map(FieldError::field).toList()));
    }

    @Test
    void valuesCheckTheirOwnRanges() {
        assertEquals(List.of("guests", "beds", "bathrooms"), fields(() -> new Capacity(0, 1, 0, new BigDecimal("1.25"))));
        assertEquals(List.of("latitude", "longitude"), fields(() -> new GeoPoint(91, -181)));
        assertEquals(List.of("city", "country"), fields(() -> new Address(null, " ", null, null, "XX")));
        assertEquals(List.of("url"), fields(() -> new Photo("ftp://example.com/a.jpg", null)));
        assertEquals(List.of("nightlyPrice", "weeklyDiscountPercent"),
                fields(() -> new Pricing(Money.of("0", "EUR"), null, 100, 0)));
        assertEquals(List.of("cleaningFee.currency"), fields(() -> new Pricing(Money.of("10", "EUR"), Money.of("5", "USD"), 0, 0)));
        assertEquals(List.of("maxNights", "preparationDays"), fields(() -> ListingDetails.stayRules(5, 4, 0, 31)));
    }

    @Test
    void guestsSeeTheCityAndThePlaceToAboutAKilometre() {
        ListingDetails exact = TestListings.complete();
        ListingDetails shown = exact.asGuestsSeeThem();

        assertEquals(new Address(null, exact.address().city(), exact.address().region(), null, exact.address().country()), shown.address());
        assertEquals(new GeoPoint(48.87, 2.36), shown.location()); // already two decimals: rounding is tested below
        assertEquals(exact.title(), shown.title());
        assertEquals(exact.pricing(), shown.pricing());
    }

    @Test
    void anApproximatePointKeepsTwoDecimalsRoundingHalfAwayFromZeroAsPostgreSql() {
        assertEquals(new GeoPoint(48.86, 2.35), new GeoPoint(48.8566, 2.3522).approximate());
        assertEquals(new GeoPoint(-33.87, 151.21), new GeoPoint(-33.8675, 151.2070).approximate());
        assertEquals(new GeoPoint(0.13, -0.13), new GeoPoint(0.125, -0.125).approximate());
        assertEquals(new GeoPoint(90, -180), new GeoPoint(89.999, -179.999).approximate());
    }

    @Test
    void normalisesText() {
        Address address = new Address("  ", " Paris ", null, null, "fr");
        assertEquals("Paris", address.city());
        assertEquals("FR", address.country());
        assertEquals(null, address.street());
        assertEquals(new BigDecimal("2.0"), new Capacity(1, 1, 1, new BigDecimal("2")).bathrooms());
    }

    @Test
    void saysWhatPublicationNeeds() {
        assertEquals(List.of("a description", "at least one photo"), TestListings.draft().missingForPublication());
        assertEquals(List.of(), TestListings.complete().missingForPublication());
    }

    @Test
    void knowsTheCatalogueCodeFormat() {
        ListingDetails c = TestListings.complete();
        assertEquals(List.of("amenities"), fields(() -> new ListingDetails(c.title(), null, c.propertyType(), c.roomType(),
                c.address(), c.location(), c.timeZone(), c.capacity(), new java.util.TreeSet<>(List.of("Wi-Fi")), c.houseRules(),
                List.of(), c.checkInFrom(), c.checkOutUntil(), c.pricing(), c.stayRules(), false, c.cancellationPolicy())));
    }

    private static List<String> fields(Runnable construction) {
        return assertThrows(InvalidInput.class, construction::run).errors().stream().map(FieldError::field).toList();
    }
}
