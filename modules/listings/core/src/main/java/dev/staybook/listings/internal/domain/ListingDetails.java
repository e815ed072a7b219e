package dev.staybook.listings.internal.domain;

import dev.staybook.kernel.input.FreeText;
import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.api.StayRules;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything a host describes about a listing, validated as a whole so that one request reports every
 * bad field. A draft may lack a description and photos; {@link #missingForPublication()} says what a
 * published listing needs on top.
 */
public record ListingDetails(
        String title, String description, PropertyType propertyType, RoomType roomType, Address address,
        GeoPoint location, ZoneId timeZone, Capacity capacity, SortedSet<String> amenities, HouseRules houseRules,
        List<Photo> photos, LocalTime checkInFrom, LocalTime checkOutUntil, Pricing pricing, StayRules stayRules,
        boolean instantBook, CancellationPolicyChoice cancellationPolicy) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_PHOTOS = 50;
    public static final String PHOTOS_RULE = "must be at most " + MAX_PHOTOS + " photos";
    /** More than the catalogue holds (GET /amenities): a longer list can only be a mistake. */
    public static final int MAX_AMENITIES = 200;
    private static final Pattern AMENITY_CODE = Pattern.compile("^[a-z][a-z0-9_]{1,39}$");

    public ListingDetails {
        title = title == null ? null : title.strip();
        description = Text.optional(description);
        amenities = Collections.unmodifiableSortedSet(new TreeSet<>(amenities == null ? Set.of() : amenities));
        photos = photos == null ? List.of() : List.copyOf(photos);
        InputErrors errors = new InputErrors()
                .check(title != null && !title.isEmpty() && title.length() <= MAX_TITLE, "title",
                        "is required, 1 to " + MAX_TITLE + " characters")
                .check(FreeText.isSingleLine(title), "title", FreeText.singleLineMessage())
                .check(FreeText.isMultiLine(description), "description", FreeText.multiLineMessage())
                .check(description == null || description.length() <= MAX_DESCRIPTION, "description",
                        "must be at most " + MAX_DESCRIPTION + " characters")
                .check(photos.size() <= MAX_PHOTOS, "photos", PHOTOS_RULE)
                .check(amenities.stream().allMatch(code -> AMENITY_CODE.matcher(code).matches()), "amenities",
                        "must be amenity codes such as wifi");
        required(errors, propertyType, "propertyType");
        required(errors, roomType, "roomType");
        required(errors, address, "address");
        required(errors, location, "location");
        required(errors, timeZone, "timeZone");
        required(errors, capacity, "capacity");
        required(errors, houseRules, "houseRules");
        required(errors, checkInFrom, "checkInFrom");
        required(errors, checkOutUntil, "checkOutUntil");
        required(errors, pricing, "pricing");
        required(errors, stayRules, "stayRules");
        required(errors, cancellationPolicy, "cancellationPolicy");
        errors.throwIfAny("The listing has invalid fields.");
    }

    /** Stay rules checked against the limits hosts may choose, reported per field. */
    public static StayRules stayRules(int minNights, int maxNights, int advanceNoticeDays, int preparationDays) {
        new InputErrors()
                .check(minNights >= 1 && minNights <= 365, "minNights", "must be between 1 and 365")
                .check(maxNights >= minNights && maxNights <= 365, "maxNights", "must be between minNights and 365")
                .check(advanceNoticeDays >= 0 && advanceNoticeDays <= 365, "advanceNoticeDays", "must be between 0 and 365")
                .check(preparationDays >= 0 && preparationDays <= 30, "preparationDays", "must be between 0 and 30")
                .throwIfAny("The stay rules are invalid.");
        return new StayRules(minNights, maxNights, advanceNoticeDays, preparationDays);
    }

    /**
     * The details as guests see them before a confirmed stay (anyone but the host and administrators): the address
     * without street and postal code, the location to about a kilometre.
     */
    public ListingDetails asGuestsSeeThem() {
        return new ListingDetails(title, description, propertyType, roomType, address.withoutStreet(), location.approximate(), timeZone,
                capacity, amenities, houseRules, photos, checkInFrom, checkOutUntil, pricing, stayRules, instantBook, cancellationPolicy);
    }

    /** The same details with other photos, validated again. */
    public ListingDetails withPhotos(List<Photo> newPhotos) {
        return new ListingDetails(title, description, propertyType, roomType, address, location, timeZone, capacity, amenities,
                houseRules, newPhotos, checkInFrom, checkOutUntil, pricing, stayRules, instantBook, cancellationPolicy);
    }

    /** What a published listing needs and this one lacks; empty when it may be published. */
    public List<String> missingForPublication() {
        List<String> missing = new ArrayList<>();
        if (description == null) {
            missing.add("a description");
        }
        if (photos.isEmpty()) {
            missing.add("at least one photo");
        }
        return missing;
    }

    private static void required(InputErrors errors, Object value, String field) {
        errors.check(value != null, field, "is required");
    }
}
