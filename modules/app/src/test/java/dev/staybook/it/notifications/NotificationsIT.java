package dev.staybook.it.notifications;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import dev.staybook.it.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mails about what happens to people, read from their mailboxes over IMAP. */
@SystemTest
class NotificationsIT {

    private static TestUser host;
    private static TestUser admin;

    @BeforeAll
    static void users() {
        host = TestUser.register("Mailed Host").asHost();
        admin = TestUser.administrator();
    }

    @Test
    void aNewAccountIsWelcomedByMail() {
        TestUser user = TestUser.register("Welcome Reader");

        Mailbox.Received welcome = Mailbox.awaitMail(user.email(), "Welcome to Staybook");

        assertTrue(welcome.body().startsWith("Hello,"), welcome.body());
        assertFalse(welcome.body().contains("Welcome Reader"), "the mail carries no name anyone could register with: " + welcome.body());
        assertTrue(welcome.to().contains(user.email()), welcome.to());
        assertEquals("staybook@it.staybook.test", welcome.from());
        assertTrue(welcome.messageId().matches("<mail-[0-9a-f-]{36}@it\\.staybook\\.test>"), welcome.messageId());
    }

    @Test
    void aConfirmedBookingIsMailedToBothSidesWithWhatEachPaysOrEarns() {
        TestUser guest = TestUser.register("Confirmed Guest");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));
        String total = Api.as(guest.accessToken()).get("/bookings/" + booking).then().statusCode(200).extract().path("total.amount");
        String earned = Api.as(host.accessToken()).get("/bookings/" + booking).then().statusCode(200).extract().path("hostPayout.amount");

        String toGuest = Mailbox.awaitMail(guest.email(), "Booking confirmed: Bright loft near the river").body();
        assertTrue(toGuest.contains("is confirmed. Your total of " + total + " EUR is charged"), toGuest);
        String earnings = "is confirmed. You earn " + earned + " EUR for it, paid out after the stay.";
        Eventually.until("the host is mailed what they earn", () -> Mailbox.read(host.email()).stream()
                .anyMatch(mail -> mail.subject().startsWith("Booking confirmed") && mail.body().contains(earnings)));
    }

    @Test
    void aRequestIsMailedToTheHostAndADeclineToTheGuest() {
        TestUser guest = TestUser.register("Requesting Guest");
        String booking = requested(guest);

        Mailbox.awaitMail(host.email(), "New booking request for Bright loft near the river");
        Api.as(host.accessToken()).body(Json.of("reason", "Closed for repairs")).post("/bookings/" + booking + "/decline")
                .then().statusCode(200);
        assertTrue(Mailbox.awaitMail(guest.email(), "Booking request declined").body().contains("payment was released"));
    }

    @Test
    void aWithdrawnRequestTellsBothSidesNothingWasCharged() {
        TestUser guest = TestUser.register("Withdrawing Guest");
        String booking = requested(guest);

        Api.as(guest.accessToken()).body(Json.of("reason", "Plans changed")).post("/bookings/" + booking + "/cancel").then()
                .statusCode(200).body("refund.total.amount", equalTo("0.00"));

        String body = Mailbox.awaitMail(guest.email(), "Booking cancelled").body();
        assertTrue(body.contains("Nothing was charged") && !body.contains("The guest is refunded"), body);
    }

    @Test
    void aRequestTheHostLetExpireIsMailedToBothSides() {
        TestUser guest = TestUser.register("Waiting Guest");
        String booking = requested(guest);
        ListingFixtures.update("UPDATE bookings.bookings SET respond_by = now() - interval '1 minute' WHERE id = ?::uuid",
                UUID.fromString(booking));
        Api.as(TestUser.administrator().accessToken()).post("/admin/jobs/booking-deadlines").then().statusCode(200);

        assertTrue(Mailbox.awaitMail(guest.email(), "Booking request expired").body().contains("hold on your card is released"));
        assertTrue(Mailbox.awaitMail(host.email(), "Booking request expired").body().contains("was not answered"));
    }

    /** A request to book a request-to-book listing of the host, once its payment is authorized. */
    private static String requested(TestUser guest) {
        String listing = ListingFixtures.published(host,
                ListingFixtures.listing(ListingFixtures.uniqueCity("Request"), 45.0, 4.0).add("instantBook", false));
        String booking = StayFixtures.place(guest, listing);
        StayFixtures.awaitStatus(guest, booking, "REQUESTED");
        return booking;
    }

    @Test
    void aCancellationTellsBothSidesWhoCancelledAndTheRefund() {
        TestUser guest = TestUser.register("Cancelling Guest");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));

        Api.as(guest.accessToken()).body(Json.of("reason", "Plans changed")).post("/bookings/" + booking + "/cancel").then().statusCode(200);

        String toGuest = Mailbox.awaitMail(guest.email(), "Booking cancelled").body();
        assertTrue(toGuest.contains("was cancelled by you. You are refunded "), toGuest);
        Eventually.until("the host is mailed that the guest cancelled", () -> Mailbox.read(host.email()).stream()
                .anyMatch(mail -> mail.body().contains("was cancelled by the guest. The guest is refunded ")));
    }

    @Test
    void aFailedPaymentIsMailedToTheGuest() {
        TestUser guest = TestUser.register("Declined Card Guest");
        // the test server's simulated gateway declines amounts above 5000
        String listing = ListingFixtures.published(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Pricey"), 45.0, 4.0)
                .add("pricing", jakarta.json.Json.createObjectBuilder().add("nightlyPrice", ListingFixtures.money("3000.00", "EUR"))
                        .add("cleaningFee", ListingFixtures.money("25.00", "EUR"))));
        StayFixtures.place(guest, listing);

        Mailbox.awaitMail(guest.email(), "Your payment did not go through");
    }

    @Test
    void aMessageIsMailedToItsRecipient() {
        TestUser guest = TestUser.register("Asking Guest");
        Api.as(guest.accessToken()).body(Json.of("text", "Do you allow dogs?"))
                .post("/listings/" + StayFixtures.listingOf(host) + "/inquiries").then().statusCode(201);

        Mailbox.Received mail = Mailbox.awaitMail(host.email(), "New message about ");
        assertTrue(mail.body().contains("Asking Guest wrote to you about ") && mail.body().contains("Do you allow dogs?"), mail.body());
    }

    @Test
    void aPublishedReviewIsMailedToTheReviewedSide() {
        TestUser guest = TestUser.register("Reviewing Guest");
        String stay = StayFixtures.completed(guest, StayFixtures.listingOf(host));
        Api.as(guest.accessToken()).body(Json.of("overall", 4, "cleanliness", 4, "accuracy", 4, "communication", 4, "location", 4,
                "checkIn", 4, "value", 4, "text", "Nice")).post("/bookings/" + stay + "/reviews").then().statusCode(201);
        Api.as(host.accessToken()).body(Json.of("overall", 5, "text", "Welcome back any time"))
                .post("/bookings/" + stay + "/reviews").then().statusCode(201);

        Mailbox.Received ofTheGuest = Mailbox.awaitMail(guest.email(), "New review: ");
        assertTrue(ofTheGuest.body().contains("your host's review of your stay at ") && ofTheGuest.body().contains("(5 of 5 stars)"),
                ofTheGuest.body());
        Mailbox.Received ofTheListing = Mailbox.awaitMail(host.email(), "New review: ");
        assertTrue(ofTheListing.body().contains("a review of ") && ofTheListing.body().contains("(4 of 5 stars)"), ofTheListing.body());
    }

    @Test
    void eachEventMailsEachRecipientOnce() {
        TestUser guest = TestUser.register("Once Only Guest");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));
        Mailbox.awaitMail(guest.email(), "Booking confirmed");
        String eventId = queryString("SELECT id::text FROM outbox.events WHERE aggregate_id = ?::uuid AND event_type = 'BookingConfirmed'",
                booking);

        assertEquals(1, StayFixtures.count("SELECT count(*) FROM outbox.deliveries WHERE event_id = ?::uuid"
                + " AND subscriber = 'notifications.booking-mails' AND state = 'DELIVERED' AND attempts = 1", eventId),
                "delivered to the mails' subscriber once, at the first attempt");
        assertEquals(2, StayFixtures.count("SELECT count(*) FROM notifications.mails WHERE source LIKE ?", eventId + ":%"),
                "one mail for the guest and one for the host");
        Eventually.until("both mails sent", () -> StayFixtures.count("SELECT count(*) FROM notifications.mails WHERE source LIKE ?"
                + " AND status = 'SENT'", eventId + ":%") == 2);
        assertEquals(1, Mailbox.count(guest.email(), "Booking confirmed"));
    }

    @Test
    void administratorsSeeTheMailOutbox() {
        TestUser user = TestUser.register("Outbox Subject");
        Mailbox.awaitMail(user.email(), "Welcome to Staybook");

        Api.as(admin.accessToken()).queryParam("status", "SENT").queryParam("limit", 100).get("/admin/mails").then().statusCode(200)
                .body("items.status", hasItem("SENT"))
                .body("items.kind", hasItem("WELCOME"))
                .body("items[0].attempts", notNullValue());
        // a mail whose retries ran out, as the workers leave it
        String failed = UUID.randomUUID().toString();
        ListingFixtures.update("INSERT INTO notifications.mails (id, source, kind, recipient_email, recipient_name, subject, body,"
                + " status, attempts, next_attempt_at, last_error, created_at) VALUES (?::uuid, ?, 'WELCOME', 'gone@it.staybook.test',"
                + " 'Gone', 'Welcome', 'Hello', 'FAILED', 12, now(), '550 mailbox unavailable', now())", failed, "seeded:" + failed);
        Api.as(admin.accessToken()).queryParam("status", "FAILED").queryParam("limit", 100).get("/admin/mails").then().statusCode(200)
                .body("items.find { it.id == '" + failed + "' }.lastError", equalTo("550 mailbox unavailable"))
                .body("items.find { it.id == '" + failed + "' }.attempts", equalTo(12))
                .body("items.find { it.id == '" + failed + "' }.nextAttemptAt", nullValue())
                .body("items.status", everyItem(equalTo("FAILED")));
        assertProblem(Api.as(admin.accessToken()).queryParam("status", "LOST").get("/admin/mails"), 400, "invalid-input")
                .body("errors.field", hasItem("status"));
        assertProblem(Api.as(admin.accessToken()).queryParam("cursor", "nonsense").get("/admin/mails"), 400, "invalid-input");
        assertProblem(Api.as(user.accessToken()).get("/admin/mails"), 403, "role-required");
        assertProblem(Api.anonymous().get("/admin/mails"), 401, "authentication-required");
    }

    private static String queryString(String sql, Object value) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
