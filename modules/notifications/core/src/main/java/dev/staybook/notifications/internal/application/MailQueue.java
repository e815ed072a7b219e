package dev.staybook.notifications.internal.application;

import dev.staybook.identity.api.UserContacts;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.UuidV7;
import dev.staybook.notifications.internal.domain.Mail;
import dev.staybook.notifications.internal.domain.MailContent;
import dev.staybook.notifications.internal.domain.MailRepository;
import dev.staybook.notifications.internal.domain.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Writes mails into the mail outbox in the caller's transaction, so a mail exists if and only if the
 * handling of its event commits (and the outbox library handles each event once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class.getName());

    @Inject
    MailRepository mails;
    @Inject
    UserContacts contacts;
    @Inject
    Clock clock;
    @Inject
    Event<MailQueued> queued;

    /** A mail to a user about an event, written for their name; a user without an account gets none. */
    public void toUser(UserId user, UUID eventId, Function<String, MailContent> content) {
        contacts.contactOf(user).ifPresentOrElse(
                contact -> to(new Recipient(contact.email(), contact.name(), user), eventId + ":" + user, content.apply(contact.name())),
                () -> LOG.warning(() -> "No account " + user + " to mail about event " + eventId));
    }

    /**
     * A mail to an address the event names for a user's account (the address registered or to verify), without a
     * name; an account deleted meanwhile gets none, as its mails have gone or are going with it.
     */
    public void toAddressOf(UserId user, String email, UUID eventId, MailContent content) {
        if (contacts.contactOf(user).isEmpty()) {
            LOG.info(() -> "Account " + user + " deleted: no mail about event " + eventId);
            return;
        }
        to(Recipient.addressOf(user, email), eventId + ":" + user, content);
    }

    /** A mail to an address; {@code source} names the event and the recipient it is for. */
    public void to(Recipient recipient, String source, MailContent content) {
        Instant now = clock.instant();
        mails.add(Mail.compose(UuidV7.generate(now), source, recipient, content, now));
        queued.fire(new MailQueued());
    }

    /** Fired when a mail is added, so the workers start once the transaction commits. */
    public record MailQueued() {
    }
}
