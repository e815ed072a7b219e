package dev.staybook.identity.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.AccountDeletionGuard;
import dev.staybook.identity.api.DeletionRefusal;
import dev.staybook.identity.api.event.AccountDeleted;
import dev.staybook.identity.internal.domain.PasswordHasher;
import dev.staybook.identity.internal.domain.PasswordResetTokenRepository;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import dev.staybook.identity.internal.security.LoginThrottle;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A user deletes their own account. The current password proves it is the owner (a stolen access token alone must
 * not erase an account), every module's {@link AccountDeletionGuard} may refuse (stays ahead, money owed), then the
 * account is anonymized, its sessions and tokens end, and {@link AccountDeleted} tells the other modules to
 * anonymize what they hold.
 */
@ApplicationScoped
@Transactional
public class AccountDeletion {

    @Inject
    UserRepository users;
    @Inject
    PasswordResetTokenRepository resetTokens;
    @Inject
    PasswordHasher hasher;
    @Inject
    LoginThrottle throttle;
    @Inject
    @Any
    Instance<AccountDeletionGuard> guards;
    @Inject
    Clock clock;
    @Inject
    Sessions sessions;
    @Inject
    Outbox outbox;

    public void delete(UserId id, String currentPassword, String clientAddress) {
        // locked first: a booking being placed for this account (AccountHolds) commits before the guards count
        User user = users.findForUpdate(id).orElseThrow(() -> new NotFound("user-not-found", "There is no such user."));
        // throttled like a sign-in: a stolen access token must not become a way to guess the password
        throttle.beforeAttempt(user.email(), clientAddress);
        if (!hasher.matches(currentPassword, user.passwordHash())) {
            throw new Forbidden("wrong-current-password", "The current password is wrong.");
        }
        throttle.succeeded(user.email(), clientAddress);
        if (user.isAdministrator() && user.canSignIn() && users.countActiveAdministrators() <= 1) {
            throw new Conflict("last-administrator", "This is the only administrator account: deleting it would leave nobody "
                    + "to administer Staybook. Have the operator create another (STAYBOOK_ADMIN_EMAIL) first.");
        }
        refuseIfAnyGuardObjects(id);
        Instant now = clock.instant();
        user.delete(now);
        resetTokens.useAllOf(id, now);
        outbox.publish(new AccountDeleted(UuidV7.generate(now), id, now));
        sessions.endAll(user);
    }

    /** One problem for all reasons: the type of the first by code (stable for clients), every reason in the detail. */
    private void refuseIfAnyGuardObjects(UserId id) {
        List<DeletionRefusal> refusals = guards.stream().flatMap(guard -> guard.refusalsFor(id).stream())
                .sorted(Comparator.comparing(DeletionRefusal::code)).toList();
        if (!refusals.isEmpty()) {
            throw new Conflict(refusals.get(0).code(),
                    refusals.stream().map(DeletionRefusal::detail).distinct().collect(Collectors.joining(" ")));
        }
    }
}
