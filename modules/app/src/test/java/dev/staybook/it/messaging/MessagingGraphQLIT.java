package dev.staybook.it.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Eventually;
import dev.staybook.it.support.GraphQL;
import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A booking's guest and host write to each other over GraphQL and read their conversation, with the rules of
 * /bookings/{id}/messages and /conversations/{id}; a page of messages costs the same statements however long.
 */
@SystemTest
class MessagingGraphQLIT {

    private static final String SEND = """
            mutation Send($booking: ID!, $text: String!) { sendMessage(bookingId: $booking, text: $text) { id conversationId seq senderId text } }""";
    private static final String CONVERSATION = """
            query Conversation($id: ID!, $limit: Int, $cursor: String) {
              conversation(id: $id, limit: $limit, cursor: $cursor) {
                id kind bookingId guestId hostId messageCount unreadCount messages { seq senderId text sentAt } nextCursor
              }
            }""";

    private static TestUser host;
    private static TestUser stranger;

    @BeforeAll
    static void users() {
        host = TestUser.register("GraphQL Messaging Host").asHost();
        stranger = TestUser.register("GraphQL Messaging Stranger");
    }

    @Test
    void theGuestAndTheHostOfABookingWriteToEachOther() {
        TestUser guest = TestUser.register("GraphQL Talking Guest");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));

        JsonPath first = firstMessage(guest, booking, "We arrive at 9 pm");
        String conversation = first.getString("sendMessage.conversationId");
        assertEquals(1, first.getInt("sendMessage.seq"));
        assertEquals(guest.id(), first.getString("sendMessage.senderId"));
        JsonPath reply = GraphQL.data(host, SEND, send(booking, "The key is in the box"));
        assertEquals(conversation, reply.getString("sendMessage.conversationId"));
        assertEquals(2, reply.getInt("sendMessage.seq"));

        JsonPath read = GraphQL.data(guest, CONVERSATION, Json.createObjectBuilder().add("id", conversation));
        assertEquals("BOOKING", read.getString("conversation.kind"));
        assertEquals(booking, read.getString("conversation.bookingId"));
        assertEquals(List.of("The key is in the box", "We arrive at 9 pm"), read.getList("conversation.messages.text"));
        assertEquals(1, read.getInt("conversation.unreadCount"), "the host's reply");
        Api.as(host.accessToken()).get("/conversations/" + conversation).then().statusCode(200);
    }

    @Test
    void onlyTheBookingsPartiesMayWriteAndRead() {
        TestUser guest = TestUser.register("GraphQL Private Guest");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));
        String conversation = firstMessage(guest, booking, "Private").getString("sendMessage.conversationId");
        TestUser admin = TestUser.administrator();

        assertEquals("not-found", GraphQL.errorCode(stranger, SEND, send(booking, "Hi"), "sendMessage"));
        assertEquals("not-found", GraphQL.errorCode(admin, SEND, send(booking, "Hi"), "sendMessage"));
        assertEquals("not-found", GraphQL.errorCode(guest, SEND, send(UUID.randomUUID().toString(), "Hi"), "sendMessage"));
        assertEquals("not-found", GraphQL.errorCode(stranger, CONVERSATION, Json.createObjectBuilder().add("id", conversation), "conversation"));
        assertEquals("not-found", GraphQL.errorCode(guest, CONVERSATION, Json.createObjectBuilder().add("id", "not-an-id"), "conversation"));
        assertEquals("unauthenticated", GraphQL.errorCode(null, SEND, send(booking, "Hi"), "sendMessage"));
        assertEquals("unauthenticated", GraphQL.errorCode(null, CONVERSATION, Json.createObjectBuilder().add("id", conversation), "conversation"));
        assertEquals("Private", GraphQL.data(admin, CONVERSATION, Json.createObjectBuilder().add("id", conversation))
                .getString("conversation.messages[0].text"), "administrators may read");
    }

    @Test
    void badTextsAreRefused() {
        TestUser guest = TestUser.register("GraphQL Terse Guest");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));
        firstMessage(guest, booking, "Hello");

        assertEquals("invalid-input", GraphQL.errorCode(guest, SEND, send(booking, "   "), "sendMessage"));
        assertEquals("invalid-input", GraphQL.errorCode(guest, SEND, send(booking, "x".repeat(5001)), "sendMessage"));
    }

    @Test
    void aPageOfMessagesCostsTheSameStatementsHoweverManyItHolds() {
        TestUser guest = TestUser.register("GraphQL Chatty Guest");
        String booking = StayFixtures.confirmed(guest, StayFixtures.listingOf(host));
        String conversation = firstMessage(guest, booking, "Message 0").getString("sendMessage.conversationId");
        Response one = GraphQL.post(guest, CONVERSATION, Json.createObjectBuilder().add("id", conversation));

        IntStream.range(1, 12).forEach(i -> GraphQL.data(i % 2 == 0 ? guest : host, SEND, send(booking, "Message " + i)));
        Response twelve = GraphQL.post(guest, CONVERSATION, Json.createObjectBuilder().add("id", conversation));
        JsonPath paged = GraphQL.data(guest, CONVERSATION, Json.createObjectBuilder().add("id", conversation).add("limit", 5));

        assertEquals(12, twelve.jsonPath().getList("data.conversation.messages").size());
        assertEquals("Message 11", twelve.jsonPath().getString("data.conversation.messages[0].text"), "newest first");
        assertNull(twelve.jsonPath().get("data.conversation.nextCursor"));
        assertThat(GraphQL.statementCount(one), greaterThan(0));
        assertEquals(GraphQL.statementCount(one), GraphQL.statementCount(twelve), "twelve messages cost what one costs");
        // the first page ends at seq 8: the cursor leads to the five before it
        JsonPath older = GraphQL.data(guest, CONVERSATION, Json.createObjectBuilder().add("id", conversation).add("limit", 5)
                .add("cursor", paged.getString("conversation.nextCursor")));
        assertEquals(List.of(7, 6, 5, 4, 3), older.getList("conversation.messages.seq"));
    }

    /** The first message about a booking, once the booking has reached messaging through the bookings outbox. */
    private static JsonPath firstMessage(TestUser guest, String booking, String text) {
        return Eventually.value("the booking known to messaging", () -> {
            JsonPath answer = GraphQL.post(guest, SEND, send(booking, text)).then().statusCode(200).extract().jsonPath();
            return Optional.ofNullable(answer.get("errors") == null ? answer.setRootPath("data") : null);
        });
    }

    private static JsonObjectBuilder send(String booking, String text) {
        return Json.createObjectBuilder().add("booking", booking).add("text", text);
    }
}
