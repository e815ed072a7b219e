package dev.staybook.listings.internal.web;

import static dev.staybook.listings.internal.web.Jsonp.JSON;

import dev.staybook.kernel.Money;
import dev.staybook.listings.internal.domain.ListingDetails;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Writes a listing's details in exactly the shape {@link ListingJsonReader} reads, so that a client can
 * send back what it got, and a merge patch applies to that same document. Absent optional values are
 * left out.
 */
final class ListingJsonWriter {

    private ListingJsonWriter() {
    }


    static JsonObjectBuilder write(ListingDetails d) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("title", d.title())
                .add("propertyType", d.propertyType().name())
                .add("roomType", d.roomType().name());
        optional(json, "description", d.description());
        JsonObjectBuilder address = JSON.createObjectBuilder().add("city", d.address().city()).add("country", d.address().country());
        optional(address, "street", d.address().street());
        optional(address, "region", d.address().region());
        optional(address, "postalCode", d.address().postalCode());
        JsonObjectBuilder houseRules = JSON.createObjectBuilder()
                .add("petsAllowed", d.houseRules().petsAllowed())
                .add("smokingAllowed", d.houseRules().smokingAllowed())
                .add("eventsAllowed", d.houseRules().eventsAllowed());
        optional(houseRules, "additionalRules", d.houseRules().additionalRules());
        JsonArrayBuilder photos = JSON.createArrayBuilder();
        d.photos().forEach(photo -> {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("url", photo.url());
            optional(item, "caption", photo.caption());
            photos.add(item);
        });
        return json.add("address", address)
                .add("location", JSON.createObjectBuilder().add("latitude", d.location().latitude()).add("longitude", d.location().longitude()))
                .add("timeZone", d.timeZone().getId())
                .add("capacity", JSON.createObjectBuilder().add("guests", d.capacity().guests()).add("bedrooms", d.capacity().bedrooms())
                        .add("beds", d.capacity().beds()).add("bathrooms", d.capacity().bathrooms()))
                .add("amenities", JSON.createArrayBuilder(d.amenities()))
                .add("houseRules", houseRules)
                .add("photos", photos)
                .add("checkInFrom", d.checkInFrom().toString())
                .add("checkOutUntil", d.checkOutUntil().toString())
                .add("pricing", JSON.createObjectBuilder()
                        .add("nightlyPrice", money(d.pricing().nightlyPrice()))
                        .add("cleaningFee", money(d.pricing().cleaningFee()))
                        .add("weeklyDiscountPercent", d.pricing().weeklyDiscountPercent())
                        .add("monthlyDiscountPercent", d.pricing().monthlyDiscountPercent()))
                .add("stayRules", JSON.createObjectBuilder()
                        .add("minNights", d.stayRules().minNights()).add("maxNights", d.stayRules().maxNights())
                        .add("advanceNoticeDays", d.stayRules().advanceNoticeDays())
                        .add("preparationDays", d.stayRules().preparationDays()))
                .add("instantBook", d.instantBook())
                .add("cancellationPolicy", d.cancellationPolicy().name());
    }

    static JsonObjectBuilder money(Money money) {
        return JSON.createObjectBuilder().add("amount", money.amount().toPlainString()).add("currency", money.currency().getCurrencyCode());
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
