package dev.staybook.it.support;

import static dev.staybook.it.support.ListingFixtures.listing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bookings and completed stays for the tests of what follows a stay (reviews, messages, mails): booked
 * through the API on instant-book listings, confirmed by the simulated gateway, and moved into the past
 * in the bookings table so that the deadline sweep completes them.
 */
public final class StayFixtures {

    private static final AtomicInteger WEEKS_AHEAD = new AtomicInteger(5);

    private StayFixtures() {
    }

    /** A published instant-book listing of the host, alone in a city of its own. */
    public static String listingOf(TestUser host) {
        return ListingFixtures.published(host, listing(ListingFixtures.uniqueCity("Stays"), 48.85, 2.35));
    }

    /** A two-night booking of the listing, on dates no other booking of this run uses; returns its id once it is in. */
    public static String place(TestUser guest, String listingId) {
        LocalDate checkIn = LocalDate.now().plusWeeks(WEEKS_AHEAD.getAndIncrement());
        return Api.as(guest.accessToken())
                .body(Json.of("listingId", listingId, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(2).toString(), "guests", 2))
                .post("/bookings").then().statusCode(201).extract().path("id");
    }

    /** A booking of the listing for these nights; returns its id (it holds the nights from now on). */
    public static String place(TestUser guest, String listingId, LocalDate checkIn, LocalDate checkOut) {
        return Api.as(guest.accessToken())
                .body(Json.of("listingId", listingId, "checkIn", checkIn.toString(), "checkOut", checkOut.toString(), "guests", 1))
                .post("/bookings").then().statusCode(201).extract().path("id");
    }

    /** A booking of these nights by a guest of its own, returned once the listing's calendar shows them booked. */
    public static String heldInCalendar(String listingId, LocalDate checkIn, LocalDate checkOut) {
        String booking = place(TestUser.register("Calendar Guest"), listingId, checkIn, checkOut);
        Eventually.until("nights %s..%s booked in the calendar".formatted(checkIn, checkOut),
                () -> Api.anonymous().queryParam("from", checkIn.toString()).queryParam("to", checkOut.toString())
                        .get("/listings/" + listingId + "/calendar").then().statusCode(200).extract().jsonPath().getList("days.status", String.class),
                statuses -> !statuses.isEmpty() && statuses.stream().allMatch("BOOKED"::equals));
        return booking;
    }

    /** Places a booking and waits until the payment confirmed it. */
    public static String confirmed(TestUser guest, String listingId) {
        String id = place(guest, listingId);
        awaitStatus(guest, id, "CONFIRMED");
        return id;
    }

    public static void awaitStatus(TestUser party, String bookingId, String status) {
        Eventually.until("booking " + bookingId + " " + status,
                () -> status.equals(Api.as(party.accessToken()).get("/bookings/" + bookingId).path("status")));
    }

    /** A stay of the guest at the listing that ended an hour ago, once the reviews module knows it. */
    public static String completed(TestUser guest, String listingId) {
        String id = confirmed(guest, listingId);
        ListingFixtures.update("UPDATE bookings.bookings SET check_in_at = now() - interval '3 days',"
                + " check_out_at = now() - interval '1 hour' WHERE id = ?::uuid", id);
        Api.as(TestUser.administrator().accessToken()).post("/admin/jobs/booking-deadlines").then().statusCode(200);
        Eventually.until("stay " + id + " open for review", () -> exists("SELECT 1 FROM reviews.stays WHERE booking_id = ?::uuid", id));
        return id;
    }

    /** True if the query finds a row. */
    public static boolean exists(String sql, Object... values) {
        return count("SELECT count(*) FROM (" + sql + ") found", values) > 0;
    }

    /** The first column of the first row the query finds, as text; null if it finds none. */
    public static String text(String sql, Object... values) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... values) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
