package dev.staybook.notifications.internal.integration;

import dev.staybook.identity.api.event.DuplicateRegistrationAttempted;
import dev.staybook.identity.api.event.EmailVerificationRequested;
import dev.staybook.identity.api.event.PasswordResetRequested;
import dev.staybook.identity.api.event.UserRegistered;
import dev.staybook.notifications.internal.application.MailQueue;
import dev.staybook.notifications.internal.domain.MailTexts;
import dev.staybook.outbox.EventSubscriber;
import dev.staybook.outbox.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The welcome mail, to the address the account registered with (without the name it was registered with), and the
 * notice to the owner of an address someone tried to register again, and the password reset token to the account's
 * address, and the email verification token, like the welcome mail to the address without the name. Each records
 * the account it is for, so that deleting the account deletes them.
 */
@ApplicationScoped
public class AccountMails implements EventSubscriber {

    @Inject
    MailQueue queue;

    @Override
    public String name() {
        return "notifications.account-mails";
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.inAnyOrder()
                .on(UserRegistered.class, event -> queue.toAddressOf(event.userId(), event.email(), event.eventId(), MailTexts.welcome()))
                .on(DuplicateRegistrationAttempted.class, event -> queue.toUser(event.userId(), event.eventId(), MailTexts::registrationAttempted))
                .on(PasswordResetRequested.class, event -> queue.toUser(event.userId(), event.eventId(),
                        name -> MailTexts.passwordReset(name, event.resetToken(), event.expiresAt())))
                .on(EmailVerificationRequested.class, event -> queue.toAddressOf(event.userId(), event.email(), event.eventId(),
                        MailTexts.emailVerification(event.verificationToken(), event.expiresAt())));
    }
}
