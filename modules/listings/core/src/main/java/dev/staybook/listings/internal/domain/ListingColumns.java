package dev.staybook.listings.internal.domain;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.Money;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.listings.api.StayRules;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;

/**
 * {@link ListingDetails} flattened into the listings table's columns, so that search can filter and
 * index each of them. Only {@link Listing} creates and reads it.
 */
@Embeddable
public class ListingColumns {

    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private PropertyType propertyType;
    @Enumerated(EnumType.STRING)
    private RoomType roomType;
    private String street;
    private String city;
    private String region;
    private String postalCode;
    private String country;
    private double latitude;
    private double longitude;
    private String timeZone;
    private int guests;
    private int bedrooms;
    private int beds;
    private BigDecimal bathrooms;
    private String[] amenities;
    private boolean petsAllowed;
    private boolean smokingAllowed;
    private boolean eventsAllowed;
    private String additionalRules;
    private LocalTime checkInFrom;
    private LocalTime checkOutUntil;
    private String currency;
    private int currencyDigits;
    private BigDecimal nightlyPrice;
    private BigDecimal cleaningFee;
    private int weeklyDiscountPercent;
    private int monthlyDiscountPercent;
    private int minNights;
    private int maxNights;
    private int advanceNoticeDays;
    private int preparationDays;
    private boolean instantBook;
    @Enumerated(EnumType.STRING)
    private CancellationPolicyChoice cancellationPolicy;

    protected ListingColumns() {
        // for JPA
    }

    ListingColumns(ListingDetails d) {
        title = d.title();
        description = d.description();
        propertyType = d.propertyType();
        roomType = d.roomType();
        street = d.address().street();
        city = d.address().city();
        region = d.address().region();
        postalCode = d.address().postalCode();
        country = d.address().country();
        latitude = d.location().latitude();
        longitude = d.location().longitude();
        timeZone = d.timeZone().getId();
        guests = d.capacity().guests();
        bedrooms = d.capacity().bedrooms();
        beds = d.capacity().beds();
        bathrooms = d.capacity().bathrooms();
        amenities = d.amenities().toArray(String[]::new);
        petsAllowed = d.houseRules().petsAllowed();
        smokingAllowed = d.houseRules().smokingAllowed();
        eventsAllowed = d.houseRules().eventsAllowed();
        additionalRules = d.houseRules().additionalRules();
        checkInFrom = d.checkInFrom();
        checkOutUntil = d.checkOutUntil();
        currency = d.pricing().currency().getCurrencyCode();
        currencyDigits = Math.max(d.pricing().currency().getDefaultFractionDigits(), 0);
        nightlyPrice = d.pricing().nightlyPrice().amount();
        cleaningFee = d.pricing().cleaningFee().amount();
        weeklyDiscountPercent = d.pricing().weeklyDiscountPercent();
        monthlyDiscountPercent = d.pricing().monthlyDiscountPercent();
        minNights = d.stayRules().minNights();
        maxNights = d.stayRules().maxNights();
        advanceNoticeDays = d.stayRules().advanceNoticeDays();
        preparationDays = d.stayRules().preparationDays();
        instantBook = d.instantBook();
        cancellationPolicy = d.cancellationPolicy();
    }

    ListingDetails details(List<Photo> photos) {
        return new ListingDetails(title, description, propertyType, roomType,
                new Address(street, city, region, postalCode, country), new GeoPoint(latitude, longitude),
                ZoneId.of(timeZone), new Capacity(guests, bedrooms, beds, bathrooms),
                new TreeSet<>(Arrays.asList(amenities)),
                new HouseRules(petsAllowed, smokingAllowed, eventsAllowed, additionalRules), photos,
                checkInFrom, checkOutUntil, pricing(), stayRules(), instantBook, cancellationPolicy);
    }

    BookableListing bookable(ListingId id, UserId host, ListingStatus status) {
        return new BookableListing(id, host, status, title, ZoneId.of(timeZone), guests, petsAllowed, stayRules(), pricing().rules(),
                instantBook, cancellationPolicy, checkInFrom, checkOutUntil);
    }

    private Pricing pricing() {
        Currency unit = Currency.getInstance(currency);
        return new Pricing(Money.rounded(nightlyPrice, unit), Money.rounded(cleaningFee, unit),
                weeklyDiscountPercent, monthlyDiscountPercent);
    }

    private StayRules stayRules() {
        return new StayRules(minNights, maxNights, advanceNoticeDays, preparationDays);
    }
}
