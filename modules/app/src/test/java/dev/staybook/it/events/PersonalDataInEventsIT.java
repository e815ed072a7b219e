package dev.staybook.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ServerReadiness;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.TestUser;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal data travels in events only as far as their subscribers: the stored event loses a user's address, name and
 * words once no delivery of it waits any more, so that a deleted account's data is not kept in the outbox (nor in the
 * backups of it) for the event retention. An event still undelivered when its author leaves keeps them until delivered.
 *
 * <p>Not a {@code @SystemTest}: the failing subscriber's attempts are rightly logged.
 */
@ExtendWith(ServerReadiness.class)
class PersonalDataInEventsIT {

    private static final String ACCOUNT_MAILS = "notifications.account-mails";
    private static final String HOLDING = "SELECT count(*) FROM outbox.events WHERE strpos(payload, ?) > 0";

    @AfterEach
    void heal() {
        EventRows.healed(ACCOUNT_MAILS);
    }

    @Test
    void aDeletedAccountsEmailNameAndBookingMessageAreGoneFromTheOutboxOnceDelivered() {
        TestUser host = TestUser.register("Outbox Host").asHost();
        String name = "Guest " + UUID.randomUUID();
        TestUser guest = TestUser.register(name);
        String words = "Ref " + UUID.randomUUID(); // at the start, so that it is in MessageSent's excerpt too
        String booking = placeWithMessage(guest, StayFixtures.listingOf(host), words + ": we land at 23:40, please call me on +44 20 7946 0958");
        StayFixtures.awaitStatus(guest, booking, "CONFIRMED");
        Api.as(guest.accessToken()).body(Json.of("reason", "Leaving Staybook")).post("/bookings/" + booking + "/cancel")
                .then().statusCode(200);
        // the message traveled with BookingPlaced: messaging opened the booking's conversation with it (the event may
        // already be erased by now, its deliveries being done)
        String conversation = Eventually.value("the booking's conversation", () -> Optional.ofNullable(
                Api.as(host.accessToken()).get("/conversations").path("items.find { it.bookingId == '" + booking + "' }.id")));
        assertTrue(Api.as(host.accessToken()).get("/conversations/" + conversation).then().statusCode(200).extract()
                .jsonPath().getString("items[0].text").startsWith(words), "the message the host got");

        Api.as(guest.accessToken()).body(Json.of("currentPassword", TestUser.PASSWORD)).delete("/users/me").then().statusCode(204);

        Eventually.until("the guest's and the booking's deliveries done", () -> EventRows.open(guest.id()) == 0 && EventRows.open(booking) == 0);
        Eventually.until("no stored event holds the guest's address, name or message", () -> StayFixtures.count(HOLDING, guest.email()) == 0
                && StayFixtures.count(HOLDING, name) == 0 && StayFixtures.count(HOLDING, words) == 0);
        assertTrue(StayFixtures.text("SELECT payload FROM outbox.events WHERE aggregate_id = ?::uuid AND event_type = 'UserRegistered'",
                guest.id()).contains(guest.id()), "the rest of the event stays");
        assertTrue(StayFixtures.exists("SELECT 1 FROM outbox.events WHERE aggregate_id = ?::uuid AND event_type = 'BookingPlaced'"
                + " AND secrets_erased_at IS NOT NULL AND payload LIKE '%guestTotal%'", booking), "the booking's event stays, without the message");
    }

    @Test
    void anEventUndeliveredWhenItsAuthorLeavesKeepsTheirAddressOnlyUntilDelivered() {
        TestUser admin = TestUser.administrator();
        EventRows.failing(ACCOUNT_MAILS);
        TestUser user = TestUser.registerUnverified("Leaving Before Welcome");
        String registered = StayFixtures.text("SELECT d.id::text FROM outbox.deliveries d JOIN outbox.events e ON e.id = d.event_id"
                + " WHERE e.aggregate_id = ?::uuid AND e.event_type = 'UserRegistered' AND d.subscriber = ?", user.id(), ACCOUNT_MAILS);
        Eventually.until("a failed attempt", () -> StayFixtures.exists("SELECT 1 FROM outbox.deliveries WHERE id = ?::bigint"
                + " AND attempts > 0", registered));

        Api.as(user.accessToken()).body(Json.of("currentPassword", TestUser.PASSWORD)).delete("/users/me").then().statusCode(204);

        assertTrue(StayFixtures.count(HOLDING, user.email()) > 0, "the waiting delivery keeps the address for its retry");
        EventRows.healed(ACCOUNT_MAILS);
        Eventually.until("the welcome delivery done", () -> {
            String state = StayFixtures.text("SELECT state FROM outbox.deliveries WHERE id = ?::bigint", registered);
            if (state.equals("PARKED")) {
                Api.as(admin.accessToken()).post("/admin/events/" + registered + "/retry").then().statusCode(200);
            }
            return state.equals("DELIVERED");
        });
        Eventually.until("no stored event holds the address", () -> StayFixtures.count(HOLDING, user.email()) == 0);
        assertEquals(0, StayFixtures.count(HOLDING, user.name()), "nor the name");
    }

    private static String placeWithMessage(TestUser guest, String listing, String message) {
        LocalDate checkIn = LocalDate.now().plusDays(60); // the listing is the guest's alone
        return Api.as(guest.accessToken())
                .body(Json.of("listingId", listing, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(2).toString(),
                        "adults", 2, "message", message))
                .post("/bookings").then().statusCode(201).extract().path("id");
    }
}
