package dev.staybook.listings.internal.web;

import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.api.StayRules;
import dev.staybook.listings.internal.domain.Address;
import dev.staybook.listings.internal.domain.Capacity;
import dev.staybook.listings.internal.domain.GeoPoint;
import dev.staybook.listings.internal.domain.HouseRules;
import dev.staybook.listings.internal.domain.InputErrors;
import dev.staybook.listings.internal.domain.ListingDetails;
import dev.staybook.listings.internal.domain.Photo;
import dev.staybook.listings.internal.domain.Pricing;
import dev.staybook.listings.internal.domain.PropertyType;
import dev.staybook.listings.internal.domain.RoomType;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the JSON form of a listing's details (the body of POST /listings, and the merged document of
 * a PATCH), reporting every missing, mistyped, unknown or invalid field in one 400. Optional parts
 * have defaults: no amenities or photos, strict house rules, check-in from 15:00, check-out until
 * 11:00, stays of 1 to 365 nights, moderate cancellation.
 */
public final class ListingJsonReader {

    static final Set<String> FIELDS = Set.of("title", "description", "propertyType", "roomType", "address", "location",
            "timeZone", "capacity", "amenities", "houseRules", "photos", "checkInFrom", "checkOutUntil", "pricing",
            "stayRules", "instantBook", "cancellationPolicy");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private ListingJsonReader() {
    }

    public static ListingDetails read(JsonObject body, Set<String> extraAllowed) {
        InputErrors errors = new InputErrors();
        Set<String> allowed = new TreeSet<>(FIELDS);
        allowed.addAll(extraAllowed);
        JsonFields json = new JsonFields(body, "", errors).allowOnly(allowed);
        String title = json.text("title", true);
        errors.check(title == null || !title.isBlank() && title.strip().length() <= ListingDetails.MAX_TITLE, "title",
                "must be 1 to %d characters".formatted(ListingDetails.MAX_TITLE));
        String description = json.text("description", false);
        errors.check(description == null || description.length() <= ListingDetails.MAX_DESCRIPTION, "description",
                "must be at most %d characters".formatted(ListingDetails.MAX_DESCRIPTION));
        PropertyType propertyType = json.choice("propertyType", PropertyType.class, null);
        RoomType roomType = json.choice("roomType", RoomType.class, null);
        Address address = json.object("address", true).map(ListingJsonReader::address).orElse(null);
        GeoPoint location = json.object("location", true).map(ListingJsonReader::location).orElse(null);
        ZoneId timeZone = zone(json);
        Capacity capacity = json.object("capacity", true).map(ListingJsonReader::capacity).orElse(null);
        Set<String> amenities = amenities(json);
        HouseRules houseRules = json.object("houseRules", false).map(ListingJsonReader::houseRules).orElse(HouseRules.STRICT);
        List<Photo> photos = photos(json);
        LocalTime checkIn = time(json, "checkInFrom", LocalTime.of(15, 0));
        LocalTime checkOut = time(json, "checkOutUntil", LocalTime.of(11, 0));
        Pricing pricing = json.object("pricing", true).map(ListingJsonReader::pricing).orElse(null);
        StayRules stayRules = json.object("stayRules", false).map(ListingJsonReader::stayRules)
                .orElseGet(() -> new StayRules(1, 365, 0, 0));
        boolean instantBook = json.bool("instantBook");
        CancellationPolicyChoice policy = json.choice("cancellationPolicy", CancellationPolicyChoice.class, CancellationPolicyChoice.MODERATE);
        if (!errors.isEmpty()) {
            errors.throwIfAny("The listing has invalid fields.");
        }
        ListingDetails details = errors.nested("", () -> new ListingDetails(title, description, propertyType, roomType, address,
                location, timeZone, capacity, new TreeSet<>(amenities), houseRules, photos, checkIn, checkOut, pricing, stayRules,
                instantBook, policy));
        // the details' own rules (more than 50 photos, a title on two lines) are reported too, never a null listing
        errors.throwIfAny("The listing has invalid fields.");
        return details;
    }

    private static Address address(JsonFields json) {
        json.allowOnly(Set.of("street", "city", "region", "postalCode", "country"));
        String street = json.text("street", false);
        String city = json.text("city", true);
        String region = json.text("region", false);
        String postalCode = json.text("postalCode", false);
        String country = json.text("country", true);
        return json.errors().nested("address", () -> new Address(street, city, region, postalCode, country));
    }

    private static GeoPoint location(JsonFields json) {
        json.allowOnly(Set.of("latitude", "longitude"));
        // clients send doubles as they print them (41.13345678900001): many decimals, never a large exponent
        var latitude = json.decimal("latitude", 3, 30);
        var longitude = json.decimal("longitude", 3, 30);
        if (latitude == null || longitude == null) {
            return null;
        }
        return json.errors().nested("location", () -> new GeoPoint(latitude.doubleValue(), longitude.doubleValue()));
    }

    private static Capacity capacity(JsonFields json) {
        json.allowOnly(Set.of("guests", "bedrooms", "beds", "bathrooms"));
        Integer guests = json.integer("guests", null);
        Integer bedrooms = json.integer("bedrooms", null);
        Integer beds = json.integer("beds", null);
        var bathrooms = json.decimal("bathrooms", 6, 6);
        if (guests == null || bedrooms == null || beds == null || bathrooms == null) {
            return null;
        }
        return json.errors().nested("capacity", () -> new Capacity(guests, bedrooms, beds, bathrooms));
    }

    private static HouseRules houseRules(JsonFields json) {
        json.allowOnly(Set.of("petsAllowed", "smokingAllowed", "eventsAllowed", "additionalRules"));
        boolean pets = json.bool("petsAllowed");
        boolean smoking = json.bool("smokingAllowed");
        boolean events = json.bool("eventsAllowed");
        String additional = json.text("additionalRules", false);
        return json.errors().nested("houseRules", () -> new HouseRules(pets, smoking, events, additional));
    }

    private static Pricing pricing(JsonFields json) {
        json.allowOnly(Set.of("nightlyPrice", "cleaningFee", "weeklyDiscountPercent", "monthlyDiscountPercent"));
        var nightly = json.money("nightlyPrice", true);
        var cleaning = json.money("cleaningFee", false);
        int weekly = json.integer("weeklyDiscountPercent", 0);
        int monthly = json.integer("monthlyDiscountPercent", 0);
        if (nightly == null || json.has("cleaningFee") && cleaning == null) {
            return null;
        }
        return json.errors().nested("pricing", () -> new Pricing(nightly, cleaning, weekly, monthly));
    }

    private static StayRules stayRules(JsonFields json) {
        json.allowOnly(Set.of("minNights", "maxNights", "advanceNoticeDays", "preparationDays"));
        int min = json.integer("minNights", 1);
        int max = json.integer("maxNights", 365);
        int notice = json.integer("advanceNoticeDays", 0);
        int preparation = json.integer("preparationDays", 0);
        return json.errors().nested("stayRules", () -> ListingDetails.stayRules(min, max, notice, preparation));
    }

    private static ZoneId zone(JsonFields json) {
        String zone = json.text("timeZone", true);
        if (zone != null && !ZONES.contains(zone)) {
            json.errors().add("timeZone", "must be an IANA time zone such as Europe/Paris");
            return null;
        }
        return zone == null ? null : ZoneId.of(zone);
    }

    private static Set<String> amenities(JsonFields json) {
        Set<String> codes = new TreeSet<>();
        json.array("amenities").ifPresent(array -> {
            if (array.size() > ListingDetails.MAX_AMENITIES) {
                json.errors().add("amenities", "must be at most " + ListingDetails.MAX_AMENITIES + " amenity codes");
            } else if (!array.stream().allMatch(JsonString.class::isInstance)) {
                json.errors().add("amenities", "must be an array of amenity codes");
            } else {
                array.getValuesAs(JsonString::getString).forEach(codes::add);
            }
        });
        return codes;
    }

    private static List<Photo> photos(JsonFields json) {
        List<Photo> photos = new ArrayList<>();
        JsonArray array = json.array("photos").orElse(JsonValue.EMPTY_JSON_ARRAY);
        if (array.size() > ListingDetails.MAX_PHOTOS) {
            // refused before its elements are read, one by one, each perhaps an error
            json.errors().add("photos", ListingDetails.PHOTOS_RULE);
            return photos;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = "photos[%d]".formatted(i);
            if (!(array.get(i) instanceof JsonObject item)) {
                json.errors().add(path, "must be an object with url and caption");
                continue;
            }
            JsonFields photo = new JsonFields(item, path, json.errors()).allowOnly(Set.of("url", "caption"));
            String url = photo.text("url", true);
            String caption = photo.text("caption", false);
            if (url != null) {
                photos.add(json.errors().nested(path, () -> new Photo(url, caption)));
            }
        }
        return photos;
    }

    private static LocalTime time(JsonFields json, String field, LocalTime fallback) {
        String text = json.text(field, false);
        try {
            return text == null ? fallback : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            json.errors().add(field, "must be a local time such as 15:00");
            return fallback;
        }
    }
}
