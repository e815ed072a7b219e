package dev.staybook.messaging.internal.application;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserContacts;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.listings.api.ListingId;
import dev.staybook.messaging.api.ConversationId;
import dev.staybook.messaging.api.event.MessageSent;
import dev.staybook.messaging.internal.domain.BookingParties;
import dev.staybook.messaging.internal.domain.BookingPartiesRepository;
import dev.staybook.messaging.internal.domain.Conversation;
import dev.staybook.messaging.internal.domain.ConversationRepository;
import dev.staybook.messaging.internal.domain.Message;
import dev.staybook.messaging.internal.domain.MessageRepository;
import dev.staybook.messaging.internal.domain.MessageText;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sending messages: a booking's conversation and a guest's inquiry start with their first message; every
 * message is announced (MessageSent) through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class MessagingService {

    @Inject
    ConversationRepository conversations;
    @Inject
    MessageRepository messages;
    @Inject
    BookingPartiesRepository bookings;
    @Inject
    ListingCatalog catalog;
    @Inject
    Outbox outbox;
    @Inject
    MessageLimits limits;
    @Inject
    UserContacts accounts;
    @Inject
    Clock clock;

    /**
     * Records who a booking is between; what the guest wrote with the booking opens its conversation, so that the host
     * reads it (and is told of it) where they answer. It counts against no message limit: bookings have their own.
     */
    public void bookingPlaced(BookingParties parties, String guestMessage) {
        bookings.add(parties);
        if (guestMessage != null && !guestMessage.isBlank()) {
            Instant now = clock.instant();
            UUID id = conversations.idOfBooking(parties.bookingId()).orElseGet(() -> start(
                    Conversation.aboutBooking(UuidV7.generate(now), parties, now), () -> conversations.idOfBooking(parties.bookingId())));
            post(new Caller(parties.guestId(), Set.of(Role.GUEST)), id, new MessageText(guestMessage));
        }
    }

    public Sent aboutBooking(Caller sender, UUID bookingId, MessageText text, String clientAddress) {
        BookingParties booking = bookings.find(bookingId).filter(b -> b.includes(sender.id()))
                .orElseThrow(() -> new NotFound("booking-not-found", "There is no such booking."));
        requireOpenAccount(sender.id().equals(booking.guestId()) ? booking.hostId() : booking.guestId());
        limits.acquireMessage(sender, clientAddress);
        Instant now = clock.instant();
        UUID id = conversations.idOfBooking(bookingId).orElseGet(() ->
                start(Conversation.aboutBooking(UuidV7.generate(now), booking, now), () -> conversations.idOfBooking(bookingId)));
        return post(sender, id, text);
    }

    public Sent inquiry(Caller guest, ListingId listingId, MessageText text, String clientAddress) {
        BookableListing listing = catalog.find(listingId).filter(BookableListing::isBookable)
                .orElseThrow(() -> new NotFound("listing-not-found", "There is no such listing."));
        Instant now = clock.instant();
        Conversation inquiry = Conversation.inquiry(UuidV7.generate(now), listingId.value(), guest.id(), listing.hostId(), now);
        limits.acquireMessage(guest, clientAddress);
        if (conversations.idOfInquiry(listingId.value(), guest.id()).isEmpty()) {
            limits.acquireInquiry(guest);
        }
        UUID id = conversations.idOfInquiry(listingId.value(), guest.id()).orElseGet(() ->
                start(inquiry, () -> conversations.idOfInquiry(listingId.value(), guest.id())));
        return post(guest, id, text);
    }

    /**
     * Refused attempts (someone else's conversation, an administrator) spend none of the sender's message limits. The
     * conversation is locked from the first read: read unlocked, a message the other party posted meanwhile made the
     * lock's version check fail, and one of two messages sent at the same moment was refused 409.
     */
    public Sent send(Caller sender, UUID conversationId, MessageText text, String clientAddress) {
        Conversation conversation = conversations.findForUpdate(conversationId).orElseThrow(Conversation::notFound);
        conversation.requireParticipant(sender);
        requireOpenAccount(conversation.otherThan(sender.id()));
        limits.acquireMessage(sender, clientAddress);
        return post(sender, conversationId, text);
    }

    /** Marks the conversation read by the caller up to the given message. */
    public Conversation markRead(Caller reader, UUID conversationId, UUID messageId) {
        Conversation conversation = conversations.findForUpdate(conversationId).orElseThrow(Conversation::notFound);
        conversation.requireVisibleTo(reader);
        Message message = messages.find(conversationId, messageId)
                .orElseThrow(() -> InvalidInput.field("messageId", "is not a message of this conversation"));
        conversation.markRead(reader, message.seq());
        return conversation;
    }

    /**
     * A conversation whose other party deleted their account stays readable and takes no more messages: nobody would
     * read them (deleted accounts get no mail, and cannot sign in).
     */
    private void requireOpenAccount(UserId other) {
        if (accounts.contactOf(other).isEmpty()) {
            throw new Conflict("account-closed", "The other party has closed their account: the conversation can be read, "
                    + "but no longer answered.");
        }
    }

    /** Adds the new conversation, or finds the one a concurrent first message created. */
    private UUID start(Conversation conversation, Supplier<Optional<UUID>> existing) {
        return conversations.addIfAbsent(conversation) ? conversation.id() : existing.get().orElseThrow();
    }

    private Sent post(Caller sender, UUID conversationId, MessageText text) {
        // locked: messages of one conversation are numbered one at a time
        Conversation conversation = conversations.findForUpdate(conversationId).orElseThrow(Conversation::notFound);
        Instant now = clock.instant();
        Message message = conversation.post(sender, text, UuidV7.generate(now), now);
        messages.add(message);
        outbox.publish(new MessageSent(UuidV7.generate(now), message.id(), new ConversationId(conversation.id()),
                new ListingId(conversation.listingId()),
                conversation.bookingId() == null ? null : new BookingId(conversation.bookingId()),
                sender.id(), conversation.otherThan(sender.id()), text.excerpt(), now));
        return new Sent(conversation, message);
    }

    /** A message and the conversation it is in. */
    public record Sent(Conversation conversation, Message message) {
    }
}
