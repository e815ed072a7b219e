package dev.staybook.listings.internal.graphql;

import dev.staybook.kernel.graphql.MoneyAmount;
import dev.staybook.listings.internal.domain.ListingDetails;
import dev.staybook.listings.internal.domain.ListingSnapshot;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * A listing in full, as GET /listings/{id} shows it. GraphQL types are classes with public fields:
 * Liberty's MicroProfile GraphQL maps neither records nor constructor parameters.
 */
@Name("Listing")
@Description("A place to stay")
public final class ListingNode {

    @Id
    @NonNull
    public final String id;
    public final String status;
    public final String title;
    public final String description;
    public final String propertyType;
    public final String roomType;
    public final String city;
    public final String country;
    @Description("Degrees; to about a kilometre (two decimals) but for the listing's host and administrators")
    public final double latitude;
    @Description("Degrees; to about a kilometre (two decimals) but for the listing's host and administrators")
    public final double longitude;
    public final String timeZone;
    public final int guests;
    public final int bedrooms;
    public final int beds;
    public final BigDecimal bathrooms;
    public final List<String> amenities;
    public final List<String> photoUrls;
    public final MoneyAmount nightlyPrice;
    public final MoneyAmount cleaningFee;
    public final int minNights;
    public final int maxNights;
    public final boolean instantBook;
    public final String cancellationPolicy;
    public final BigDecimal ratingAverage;
    public final int ratingCount;
    @Ignore
    public final String hostId;

    private ListingNode(ListingSnapshot listing) {
        ListingDetails d = listing.details();
        this.id = listing.id().toString();
        this.status = listing.status().name();
        this.title = d.title();
        this.description = d.description();
        this.propertyType = d.propertyType().name();
        this.roomType = d.roomType().name();
        this.city = d.address().city();
        this.country = d.address().country();
        this.latitude = d.location().latitude();
        this.longitude = d.location().longitude();
        this.timeZone = d.timeZone().getId();
        this.guests = d.capacity().guests();
        this.bedrooms = d.capacity().bedrooms();
        this.beds = d.capacity().beds();
        this.bathrooms = d.capacity().bathrooms();
        this.amenities = List.copyOf(d.amenities());
        this.photoUrls = d.photos().stream().map(photo -> photo.url()).toList();
        this.nightlyPrice = MoneyAmount.of(d.pricing().nightlyPrice());
        this.cleaningFee = MoneyAmount.of(d.pricing().cleaningFee());
        this.minNights = d.stayRules().minNights();
        this.maxNights = d.stayRules().maxNights();
        this.instantBook = d.instantBook();
        this.cancellationPolicy = d.cancellationPolicy().name();
        this.ratingAverage = listing.ratingAverage();
        this.ratingCount = listing.ratingCount();
        this.hostId = listing.hostId().toString();
    }

    static ListingNode of(ListingSnapshot listing) {
        return new ListingNode(listing);
    }
}
