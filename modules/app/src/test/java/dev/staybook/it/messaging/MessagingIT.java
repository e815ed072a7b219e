package dev.staybook.it.messaging;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.Mailbox;
import dev.staybook.it.support.ListingFixtures;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestDatabase;
import dev.staybook.it.support.TestUser;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conversations between guests and hosts: inquiries before booking, a conversation per booking, unread counts. */
@SystemTest
class MessagingIT {

    private static TestUser host;
    private static TestUser stranger;
    private static TestUser admin;

    @BeforeAll
    static void users() {
        host = TestUser.register("Messaging Host").asHost();
        stranger = TestUser.register("Messaging Stranger");
        admin = TestUser.administrator();
    }

    static Response say(TestUser sender, String path, String text) {
        return Api.as(sender.accessToken()).body(Json.of("text", text)).post(path);
    }

    /** Sends an inquiry; returns the conversation id from the Location header. */
    static String inquire(TestUser guest, String listing, String text) {
        String location = say(guest, "/listings/" + listing + "/inquiries", text).then().statusCode(201)
                .header("Location", containsString("/api/v1/conversations/")).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aGuestAsksTheHostBeforeBooking() {
        TestUser guest = TestUser.register("Curious Guest");
        String listing = StayFixtures.listingOf(host);

        String conversation = inquire(guest, listing, "Is there a cot for a baby?");
        Api.as(host.accessToken()).get("/conversations").then().statusCode(200)
                .body("items.find { it.id == '" + conversation + "' }.kind", equalTo("INQUIRY"))
                .body("items.find { it.id == '" + conversation + "' }.unreadCount", equalTo(1))
                .body("items.find { it.id == '" + conversation + "' }.listingId", equalTo(listing));
        Api.as(host.accessToken()).get("/conversations/" + conversation).then().statusCode(200)
                .body("conversation.guestId", equalTo(guest.id()))
                .body("conversation.hostId", equalTo(host.id()))
                .body("conversation.bookingId", nullValue())
                .body("items[0].text", equalTo("Is there a cot for a baby?"))
                .body("items[0].senderId", equalTo(guest.id()));

        String reply = say(host, "/conversations/" + conversation + "/messages", "Yes, and a high chair.").then().statusCode(201)
                .header("Location", endsWith("/api/v1/conversations/" + conversation))
                .body("seq", equalTo(2)).extract().path("id");
        Api.as(host.accessToken()).get("/conversations/" + conversation).then().body("conversation.unreadCount", equalTo(0));
        Api.as(guest.accessToken()).get("/conversations").then().body("items[0].id", equalTo(conversation))
                .body("items[0].unreadCount", equalTo(1));
        Api.as(guest.accessToken()).body(Json.of("messageId", reply)).post("/conversations/" + conversation + "/read")
                .then().statusCode(200).body("unreadCount", equalTo(0));

        assertEquals(conversation, inquire(guest, listing, "Great, and parking?"), "one inquiry per guest and listing");
        Api.as(host.accessToken()).get("/conversations/" + conversation).then().body("conversation.messageCount", equalTo(3))
                .body("conversation.unreadCount", equalTo(1));
    }

    @Test
    void aGuestAndAHostWritingAtTheSameMomentAreBothHeard() throws Exception {
        TestUser guest = TestUser.register("Simultaneous Guest");
        String conversation = inquire(guest, StayFixtures.listingOf(host), "Hello?");
        CompletableFuture<Response> fromGuest;
        CompletableFuture<Response> fromHost;
        try (Connection held = TestDatabase.connect()) {
            held.setAutoCommit(false);
            try (PreparedStatement lock = held.prepareStatement("SELECT 1 FROM messaging.conversations WHERE id = ?::uuid FOR UPDATE")) {
                lock.setString(1, conversation);
                lock.executeQuery();
            }
            fromGuest = CompletableFuture.supplyAsync(() -> say(guest, "/conversations/" + conversation + "/messages", "Anyone?"));
            fromHost = CompletableFuture.supplyAsync(() -> say(host, "/conversations/" + conversation + "/messages", "Welcome!"));
            Eventually.until("both messages wait for the conversation", () -> StayFixtures.count("SELECT count(*) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%conversations%'") == 2);
            held.commit();
        }
        assertEquals(201, fromGuest.get(30, TimeUnit.SECONDS).statusCode(), "the guest's message");
        assertEquals(201, fromHost.get(30, TimeUnit.SECONDS).statusCode(), "the host's message");
    }

    @Test
    void inquiriesNeedASignedInGuestWhoIsNotTheHostAndAPublishedListing() {
        String listing = StayFixtures.listingOf(host);
        String draft = ListingFixtures.draft(host, ListingFixtures.listing(ListingFixtures.uniqueCity("Draft"), 45.0, 4.0));

        assertProblem(say(host, "/listings/" + listing + "/inquiries", "Talking to myself"), 403, "own-listing");
        assertProblem(Api.anonymous().body(Json.of("text", "Hello")).post("/listings/" + listing + "/inquiries"), 401,
                "authentication-required");
        assertProblem(say(stranger, "/listings/" + draft + "/inquiries", "Hello"), 404, "listing-not-found");
        assertProblem(say(stranger, "/listings/" + UUID.randomUUID() + "/inquiries", "Hello"), 404, "listing-not-found");
        assertProblem(say(stranger, "/listings/" + listing + "/inquiries", "  "), 400, "invalid-input").body("errors.field", hasItem("text"));
        assertProblem(say(stranger, "/listings/" + listing + "/inquiries", "x".repeat(5001)), 400, "invalid-input");
        assertProblem(Api.as(stranger.accessToken()).post("/listings/" + listing + "/inquiries"), 400, "malformed-json");
        assertProblem(Api.as(stranger.accessToken()).body("{}").post("/listings/" + listing + "/inquiries"), 400, "invalid-input")
                .body("errors.field", hasItem("text"));
    }

    @Test
    void aBookingsConversationStartsWithItsFirstMessage() {
        TestUser guest = TestUser.register("Booking Talker");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));

        // the booking reaches messaging from the bookings outbox; until then it is unknown there
        String location = Eventually.value("the booking known to messaging", () -> Optional.ofNullable(
                say(guest, "/bookings/" + booking + "/messages", "We arrive at 9 pm").then().extract()
                        .header("Location")));
        String conversation = location.substring(location.lastIndexOf('/') + 1);
        say(host, "/bookings/" + booking + "/messages", "The key is in the box").then().statusCode(201)
                .header("Location", equalTo(location)).body("conversationId", equalTo(conversation)).body("seq", equalTo(2));

        Api.as(host.accessToken()).get("/conversations/" + conversation).then().statusCode(200)
                .body("conversation.kind", equalTo("BOOKING"))
                .body("conversation.bookingId", equalTo(booking))
                .body("items.text", equalTo(List.of("The key is in the box", "We arrive at 9 pm")));
        assertProblem(say(stranger, "/bookings/" + booking + "/messages", "Hi"), 404, "booking-not-found");
        assertProblem(say(admin, "/bookings/" + booking + "/messages", "Hi"), 404, "booking-not-found");
        assertProblem(say(guest, "/bookings/" + UUID.randomUUID() + "/messages", "Hi"), 404, "booking-not-found");
        assertProblem(Api.anonymous().body(Json.of("text", "Hi")).post("/bookings/" + booking + "/messages"), 401,
                "authentication-required");
        assertProblem(say(guest, "/bookings/" + booking + "/messages", ""), 400, "invalid-input");
    }

    @Test
    void whatTheGuestWritesWithTheBookingOpensItsConversationForTheHost() {
        TestUser guest = TestUser.register("Booking Writer");
        String listing = StayFixtures.listingOf(host);
        LocalDate checkIn = LocalDate.now().plusDays(40);
        String booking = Api.as(guest.accessToken())
                .body(Json.of("listingId", listing, "checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(2).toString(),
                        "adults", 2, "message", "  We travel with a baby: is there a cot?\nThank you!  "))
                .post("/bookings").then().statusCode(201).extract().path("id");

        String conversation = Eventually.value("the booking's conversation", () -> Optional.ofNullable(
                Api.as(host.accessToken()).get("/conversations").path("items.find { it.bookingId == '" + booking + "' }.id")));
        Api.as(host.accessToken()).get("/conversations/" + conversation).then().statusCode(200)
                .body("conversation.kind", equalTo("BOOKING"))
                .body("conversation.unreadCount", equalTo(1))
                .body("items.text", equalTo(List.of("We travel with a baby: is there a cot?\nThank you!")))
                .body("items[0].senderId", equalTo(guest.id()));
        assertTrue(Mailbox.awaitMail(host.email(), "New message").body().contains("is there a cot?"));

        // the guest's next message joins the same conversation
        say(guest, "/bookings/" + booking + "/messages", "We arrive at 9 pm").then().statusCode(201)
                .body("conversationId", equalTo(conversation)).body("seq", equalTo(2));
    }

    @Test
    void aBookingWithoutAMessageOpensNoConversation() {
        TestUser guest = TestUser.register("Quiet Booker");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));

        // confirmation does not wait for messaging: wait until messaging has handled the booking
        Eventually.until("the booking known to messaging",
                () -> StayFixtures.exists("SELECT 1 FROM messaging.booking_parties WHERE booking_id = ?::uuid", booking));
        assertFalse(StayFixtures.exists("SELECT 1 FROM messaging.conversations WHERE booking_id = ?::uuid", booking));
    }

    @Test
    void onlyTheTwoPartiesAndAdministratorsSeeAConversation() {
        TestUser guest = TestUser.register("Private Guest");
        String conversation = inquire(guest, StayFixtures.listingOf(host), "Private question");
        String message = Api.as(guest.accessToken()).get("/conversations/" + conversation).path("items[0].id");
        String path = "/conversations/" + conversation;

        assertProblem(Api.as(stranger.accessToken()).get(path), 404, "conversation-not-found");
        assertProblem(say(stranger, path + "/messages", "Let me in"), 404, "conversation-not-found");
        assertProblem(Api.as(stranger.accessToken()).body(Json.of("messageId", message)).post(path + "/read"), 404,
                "conversation-not-found");
        Api.as(stranger.accessToken()).get("/conversations").then().statusCode(200).body("items.size()", equalTo(0));

        Api.as(admin.accessToken()).get(path).then().statusCode(200).body("items[0].text", equalTo("Private question"));
        assertProblem(say(admin, path + "/messages", "Moderator here"), 403, "read-only");
        assertProblem(say(guest, path + "/messages", " "), 400, "invalid-input").body("errors.field", hasItem("text"));
        assertProblem(say(guest, path + "/messages", "x".repeat(5001)), 400, "invalid-input");
        // 5,000 characters as GraphQL counts them too (code points, once stripped): 10,000 UTF-16 units and padding
        say(guest, path + "/messages", " " + "\uD83D\uDE00".repeat(5000) + "\n").then().statusCode(201);
        assertProblem(Api.as(admin.accessToken()).body(Json.of("messageId", message)).post(path + "/read"), 403, "read-only");

        assertProblem(Api.anonymous().get(path), 401, "authentication-required");
        assertProblem(Api.anonymous().get("/conversations"), 401, "authentication-required");
        assertProblem(Api.anonymous().body(Json.of("text", "Hi")).post(path + "/messages"), 401, "authentication-required");
        assertProblem(Api.anonymous().body(Json.of("messageId", message)).post(path + "/read"), 401, "authentication-required");
        assertProblem(Api.as(guest.accessToken()).get("/conversations/not-an-id"), 404, "conversation-not-found");
        assertProblem(Api.as(guest.accessToken()).get("/conversations/" + UUID.randomUUID()), 404, "conversation-not-found");
    }

    @Test
    void readMarkersPointAtMessagesOfTheSameConversation() {
        TestUser guest = TestUser.register("Marker Guest");
        String first = inquire(guest, StayFixtures.listingOf(host), "First listing");
        String second = inquire(guest, StayFixtures.listingOf(host), "Second listing");
        String messageOfSecond = Api.as(host.accessToken()).get("/conversations/" + second).path("items[0].id");

        assertProblem(Api.as(host.accessToken()).body(Json.of("messageId", messageOfSecond)).post("/conversations/" + first + "/read"),
                400, "invalid-input").body("errors.field", hasItem("messageId"));
        assertProblem(Api.as(host.accessToken()).body(Json.of("messageId", "nonsense")).post("/conversations/" + first + "/read"),
                400, "invalid-input");
        assertProblem(Api.as(host.accessToken()).body("{}").post("/conversations/" + first + "/read"), 400, "invalid-input")
                .body("errors.field", hasItem("messageId"));
        Api.as(host.accessToken()).body(Json.of("messageId", messageOfSecond)).post("/conversations/" + second + "/read")
                .then().statusCode(200).body("unreadCount", equalTo(0));
    }

    @Test
    void listsArePagedNewestFirst() {
        TestUser guest = TestUser.register("Paging Guest");
        String older = inquire(guest, StayFixtures.listingOf(host), "Older");
        String newer = inquire(guest, StayFixtures.listingOf(host), "Newer");

        String cursor = Api.as(guest.accessToken()).queryParam("limit", 1).get("/conversations").then().statusCode(200)
                .body("items.id", equalTo(List.of(newer))).body("nextCursor", notNullValue()).extract().path("nextCursor");
        Api.as(guest.accessToken()).queryParam("limit", 1).queryParam("cursor", cursor).get("/conversations").then()
                .body("items.id", equalTo(List.of(older))).body("nextCursor", nullValue());
        say(guest, "/conversations/" + older + "/messages", "Still there?").then().statusCode(201);
        Api.as(guest.accessToken()).get("/conversations").then().body("items.id", equalTo(List.of(older, newer)));

        say(guest, "/conversations/" + older + "/messages", "Hello?").then().statusCode(201);
        String page = Api.as(guest.accessToken()).queryParam("limit", 2).get("/conversations/" + older).then()
                .body("items.seq", equalTo(List.of(3, 2))).extract().path("nextCursor");
        Api.as(guest.accessToken()).queryParam("limit", 2).queryParam("cursor", page).get("/conversations/" + older).then()
                .body("items.seq", equalTo(List.of(1))).body("nextCursor", nullValue());

        assertProblem(Api.as(guest.accessToken()).queryParam("cursor", "garbage").get("/conversations"), 400, "invalid-input");
        assertProblem(Api.as(guest.accessToken()).queryParam("cursor", "garbage").get("/conversations/" + older), 400, "invalid-input");
        String beforeMessageMinus5 = Base64.getUrlEncoder().withoutPadding().encodeToString("-5".getBytes(StandardCharsets.UTF_8));
        assertProblem(Api.as(guest.accessToken()).queryParam("cursor", beforeMessageMinus5).get("/conversations/" + older), 400,
                "invalid-input").body("errors.field", hasItem("cursor"));
        assertProblem(Api.as(guest.accessToken()).queryParam("limit", 0).get("/conversations"), 400, "invalid-input");
        assertProblem(Api.as(guest.accessToken()).queryParam("limit", 101).get("/conversations/" + older), 400, "invalid-input");
    }
}
