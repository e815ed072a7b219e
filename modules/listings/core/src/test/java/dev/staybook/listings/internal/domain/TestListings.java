package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.Money;
import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.api.StayRules;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

/** Valid listing details to start tests from. */
public final class TestListings {

    private TestListings() {
    }

    public static ListingDetails complete() {
        return details("A flat by the canal", "Bright, quiet, two minutes from the metro.",
                List.of(new Photo("https://img.example/1.jpg", "Living room")));
    }

    public static ListingDetails draft() {
        return details("A flat by the canal", null, List.of());
    }

    public static ListingDetails details(String title, String description, List<Photo> photos) {
        return new ListingDetails(title, description, PropertyType.APARTMENT, RoomType.ENTIRE_PLACE,
                new Address("1 Quai de Valmy", "Paris", null, "75010", "fr"), new GeoPoint(48.87, 2.36),
                ZoneId.of("Europe/Paris"), new Capacity(4, 2, 2, new BigDecimal("1.5")), new TreeSet<>(List.of("wifi", "kitchen")),
                HouseRules.STRICT, photos, LocalTime.of(15, 0), LocalTime.of(11, 0),
                new Pricing(Money.of("120.00", "EUR"), Money.of("30.00", "EUR"), 10, 20), new StayRules(2, 30, 1, 1),
                true, CancellationPolicyChoice.FLEXIBLE);
    }
}
