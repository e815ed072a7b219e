package dev.staybook.messaging.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant NOW = Instant.parse("2027-01-05T12:00:00Z");
    private final Caller guest = caller(Role.GUEST);
    private final Caller host = caller(Role.GUEST, Role.HOST);
    private final Caller admin = caller(Role.GUEST, Role.ADMIN);
    private final Caller stranger = caller(Role.GUEST);

    private static Caller caller(Role... roles) {
        return new Caller(new UserId(UUID.randomUUID()), Set.of(roles));
    }

    private Conversation aboutBooking() {
        BookingParties booking = new BookingParties(UUID.randomUUID(), UUID.randomUUID(), guest.id(), host.id());
        return Conversation.aboutBooking(UUID.randomUUID(), booking, NOW);
    }

    private static Message post(Conversation conversation, Caller sender, String text, int minutesLater) {
        return conversation.post(sender, new MessageText(text), UUID.randomUUID(), NOW.plusSeconds(60L * minutesLater));
    }

    @Test
    void messagesAreNumberedInOrderAndMoveTheActivityTime() {
        Conversation conversation = aboutBooking();

        Message first = post(conversation, guest, "Hello", 1);
        Message second = post(conversation, host, "Welcome", 2);

        assertEquals(1, first.seq());
        assertEquals(2, second.seq());
        assertEquals(host.id(), second.senderId());
        assertEquals(NOW.plusSeconds(120), conversation.lastMessageAt());
        assertEquals(2, conversation.messageCount());
    }

    @Test
    void ownMessagesAreReadAndTheOthersAreUnreadUntilMarked() {
        Conversation conversation = aboutBooking();
        post(conversation, guest, "One", 1);
        post(conversation, guest, "Two", 2);

        assertEquals(0, conversation.unreadFor(guest.id()));
        assertEquals(2, conversation.unreadFor(host.id()));
        conversation.markRead(host, 1);
        assertEquals(1, conversation.unreadFor(host.id()));
        post(conversation, host, "Answer", 3);
        assertEquals(0, conversation.unreadFor(host.id()), "answering reads everything before");
        assertEquals(1, conversation.unreadFor(guest.id()));
    }

    @Test
    void theReadMarkerNeverMovesBack() {
        Conversation conversation = aboutBooking();
        post(conversation, guest, "One", 1);
        post(conversation, guest, "Two", 2);

        conversation.markRead(host, 2);
        conversation.markRead(host, 1);

        assertEquals(0, conversation.unreadFor(host.id()));
        assertThrows(InvalidInput.class, () -> conversation.markRead(host, 3));
        assertThrows(InvalidInput.class, () -> conversation.markRead(host, 0));
    }

    @Test
    void strangersMayNotKnowTheConversationExists() {
        Conversation conversation = aboutBooking();

        assertThrows(NotFound.class, () -> conversation.requireVisibleTo(stranger));
        assertThrows(NotFound.class, () -> post(conversation, stranger, "Hi", 1));
        assertThrows(NotFound.class, () -> conversation.markRead(stranger, 1));
        assertEquals(0, conversation.unreadFor(stranger.id()));
    }

    @Test
    void administratorsReadButDoNotWrite() {
        Conversation conversation = aboutBooking();
        post(conversation, guest, "Hello", 1);

        conversation.requireVisibleTo(admin);
        Forbidden readOnly = assertThrows(Forbidden.class, () -> post(conversation, admin, "Moderator here", 2));
        assertEquals("read-only", readOnly.code());
        assertThrows(Forbidden.class, () -> conversation.markRead(admin, 1));
        assertEquals(1, conversation.messageCount());
    }

    @Test
    void anInquiryIsBetweenAGuestAndAnotherUsersListing() {
        Conversation inquiry = Conversation.inquiry(UUID.randomUUID(), UUID.randomUUID(), guest.id(), host.id(), NOW);

        assertEquals(ConversationKind.INQUIRY, inquiry.kind());
        assertEquals(null, inquiry.bookingId());
        assertEquals(host.id(), inquiry.otherThan(guest.id()));
        assertEquals(guest.id(), inquiry.otherThan(host.id()));
        Forbidden own = assertThrows(Forbidden.class,
                () -> Conversation.inquiry(UUID.randomUUID(), UUID.randomUUID(), host.id(), host.id(), NOW));
        assertEquals("own-listing", own.code());
    }

    @Test
    void theBookingsPartiesAreTheOnlyParticipants() {
        BookingParties booking = new BookingParties(UUID.randomUUID(), UUID.randomUUID(), guest.id(), host.id());

        assertTrue(booking.includes(guest.id()));
        assertTrue(booking.includes(host.id()));
        assertTrue(!booking.includes(stranger.id()));
    }
}
