package dev.staybook.listings.internal.graphql;

import dev.staybook.kernel.graphql.MoneyAmount;
import dev.staybook.listings.internal.domain.GeoPoint;
import dev.staybook.listings.internal.domain.SearchHit;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A listing as a search result shows it. */
@Description("A listing in search results")
public final class ListingSummary {

    @Id
    @NonNull
    public final String id;
    public final String title;
    public final String city;
    public final String country;
    public final String propertyType;
    public final String roomType;
    @Description("Degrees, to about a kilometre (two decimals): the exact place is for the host")
    public final double latitude;
    @Description("Degrees, to about a kilometre (two decimals): the exact place is for the host")
    public final double longitude;
    public final int guests;
    public final MoneyAmount nightlyPrice;
    @Description("The whole stay's price; only when searching with dates")
    public final MoneyAmount stayTotal;
    public final BigDecimal ratingAverage;
    public final int ratingCount;
    public final boolean instantBook;
    @Description("Only when searching near a point")
    public final BigDecimal distanceKm;
    public final String photoUrl;
    @Description("The listing's host, fetched with the hosts of the whole page")
    public final Person host;

    private ListingSummary(SearchHit hit, Person host) {
        this.id = hit.id().toString();
        this.title = hit.title();
        this.city = hit.city();
        this.country = hit.country();
        this.propertyType = hit.propertyType().name();
        this.roomType = hit.roomType().name();
        GeoPoint shown = hit.location().approximate();
        this.latitude = shown.latitude();
        this.longitude = shown.longitude();
        this.guests = hit.guests();
        this.nightlyPrice = MoneyAmount.of(hit.nightlyPrice());
        this.stayTotal = MoneyAmount.of(hit.stayTotal());
        this.ratingAverage = hit.ratingAverage();
        this.ratingCount = hit.ratingCount();
        this.instantBook = hit.instantBook();
        this.distanceKm = hit.distanceKm();
        this.photoUrl = hit.photo() == null ? null : hit.photo().url();
        this.host = host;
    }

    static ListingSummary of(SearchHit hit, Person host) {
        return new ListingSummary(hit, host);
    }
}
