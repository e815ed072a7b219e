package dev.staybook.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Listings for system tests: complete request bodies, creation through the API, and the few things only
 * other modules do (booked stays, ratings), written straight into the listings schema.
 */
public final class ListingFixtures {

    private ListingFixtures() {
    }

    /** A name no other test uses, so that searches by city see only this test's listings. */
    public static String uniqueCity(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complete listing body (publishable): 100.00 EUR a night, 25.00 cleaning, 4 guests, in Europe/Paris unless changed. */
    public static JsonObjectBuilder listing(String city, double latitude, double longitude) {
        return Json.createObjectBuilder()
                .add("title", "Bright loft near the river")
                .add("description", "Quiet, sunny, close to everything.")
                .add("propertyType", "LOFT")
                .add("roomType", "ENTIRE_PLACE")
                .add("address", Json.createObjectBuilder().add("street", "1 Test Street").add("city", city).add("country", "FR"))
                .add("location", Json.createObjectBuilder().add("latitude", latitude).add("longitude", longitude))
                .add("timeZone", "Europe/Paris")
                .add("capacity", Json.createObjectBuilder().add("guests", 4).add("bedrooms", 2).add("beds", 2).add("bathrooms", 1.5))
                .add("amenities", Json.createArrayBuilder().add("wifi").add("kitchen"))
                .add("photos", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", "https://img.example/1.jpg").add("caption", "Living room")))
                .add("pricing", Json.createObjectBuilder().add("nightlyPrice", money("100.00", "EUR")).add("cleaningFee", money("25.00", "EUR")))
                .add("instantBook", true);
    }

    public static JsonObjectBuilder money(String amount, String currency) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", currency);
    }

    /** Creates the listing as a draft; returns its id. */
    public static String draft(TestUser host, JsonObjectBuilder body) {
        return Api.as(host.accessToken()).body(body.build().toString()).post("/listings").then().statusCode(201).extract().path("id");
    }

    /** Creates the listing published at once; returns its id. */
    public static String published(TestUser host, JsonObjectBuilder body) {
        return draft(host, body.add("publish", true));
    }

    /** Records a booking's stay the way the bookings module will, through listings' own table. */
    public static void book(String listingId, LocalDate checkIn, LocalDate checkOut) {
        update("INSERT INTO listings.booked_stays (booking_id, listing_id, check_in, check_out) VALUES (?::uuid, ?::uuid, ?::date, ?::date)",
                UUID.randomUUID().toString(), listingId, checkIn.toString(), checkOut.toString());
    }

    /** Gives the listing the rating summary reviews would feed it. */
    public static void rate(String listingId, String average, int count) {
        update("UPDATE listings.listings SET rating_average = ?::numeric, rating_count = ? WHERE id = ?::uuid", average, count, listingId);
    }

    public static void update(String sql, Object... values) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
