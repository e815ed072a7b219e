package dev.staybook.listings.internal.graphql;

import dev.staybook.kernel.error.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * A new listing, field for field as POST /listings takes it; it is validated by the same reader, so both
 * APIs accept and refuse exactly the same listings. Input types need a default constructor and settable
 * fields.
 */
@Description("A new listing: the fields of POST /listings")
@Input("ListingInput")
public class ListingInput {

    private static final Jsonb JSON = JsonbBuilder.create();

    public String title;
    public String description;
    public String propertyType;
    public String roomType;
    public Address address;
    public Location location;
    @Description("IANA time zone, such as Europe/Paris")
    public String timeZone;
    public Capacity capacity;
    public List<String> amenities;
    public HouseRules houseRules;
    public List<Photo> photos;
    @Description("Local time, such as 15:00")
    public String checkInFrom;
    @Description("Local time, such as 11:00")
    public String checkOutUntil;
    public Pricing pricing;
    public StayRules stayRules;
    public Boolean instantBook;
    public String cancellationPolicy;
    @Description("Publish at once instead of saving a draft")
    public Boolean publish;

    /**
     * The input as the JSON body REST takes, for REST's readers. JSON has no NaN or Infinity, which a GraphQL Float
     * may carry (its only Floats are the coordinates): such a number is the caller's mistake, refused before writing.
     */
    JsonObject json() {
        if (location != null && !(isFinite(location.latitude) && isFinite(location.longitude))) {
            throw InvalidInput.field("location", "must be a latitude and a longitude in degrees");
        }
        return Json.createReader(new StringReader(JSON.toJson(this))).readObject();
    }

    private static boolean isFinite(Double degrees) {
        return degrees == null || Double.isFinite(degrees);
    }

    /** Where it is. */
    @Description("A postal address")
    public static class Address {
        public String street;
        public String city;
        public String region;
        public String postalCode;
        @Description("ISO 3166-1 alpha-2 code")
        public String country;
    }

    /** Its coordinates. */
    public static class Location {
        public Double latitude;
        public Double longitude;
    }

    /** How many it sleeps. */
    public static class Capacity {
        public Integer guests;
        public Integer bedrooms;
        public Integer beds;
        public BigDecimal bathrooms;
    }

    /** What guests may do. */
    public static class HouseRules {
        public Boolean petsAllowed;
        public Boolean smokingAllowed;
        public Boolean eventsAllowed;
        public String additionalRules;
    }

    /** A photo by URL. */
    public static class Photo {
        public String url;
        public String caption;
    }

    /** An amount as a decimal string and a currency. */
    public static class Money {
        public String amount;
        public String currency;
    }

    /** Prices and discounts. */
    public static class Pricing {
        public Money nightlyPrice;
        public Money cleaningFee;
        public Integer weeklyDiscountPercent;
        public Integer monthlyDiscountPercent;
    }

    /** Which stays it accepts. */
    public static class StayRules {
        public Integer minNights;
        public Integer maxNights;
        public Integer advanceNoticeDays;
        public Integer preparationDays;
    }
}
