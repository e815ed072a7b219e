package dev.staybook.identity.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.event.UserSuspended;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What administrators do to accounts: look them up, suspend and reinstate them. */
@ApplicationScoped
@Transactional
public class UserAdministration {

    @Inject
    UserRepository users;
    @Inject
    Clock clock;
    @Inject
    Sessions sessions;
    @Inject
    Outbox outbox;

    public List<User> page(String emailPrefix, UUID after, int limit) {
        return users.page(emailPrefix, after, limit);
    }

    /**
     * Suspends the account and ends its sessions, its access tokens included. Never the administrator's own: that would
     * lock them out, and the last one out of administration altogether. The account is locked first, so a refresh at
     * that moment either waits for this and finds the account unavailable, or ends with the others.
     */
    public User suspend(UserId administrator, UserId id, String reason) {
        if (administrator.equals(id)) {
            throw new Conflict("cannot-suspend-yourself", "Administrators cannot suspend their own account: ask another administrator.");
        }
        User user = locked(id);
        Instant now = clock.instant();
        user.suspend(now);
        outbox.publish(new UserSuspended(UuidV7.generate(now), id, reason, now));
        sessions.endAll(user);
        return user;
    }

    public User reinstate(UserId id) {
        User user = locked(id);
        user.reinstate(clock.instant());
        return user;
    }

    /** Locked first, so a suspension and a reinstatement at once take turns (409 already-suspended, not-suspended). */
    private User locked(UserId id) {
        return users.findForUpdate(id).orElseThrow(() -> new NotFound("user-not-found", "There is no such user."));
    }
}
