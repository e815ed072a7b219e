package dev.staybook.identity.internal.security;

import dev.staybook.identity.api.UserId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts whose password changed within the last access-token lifetime: changed, reset, or the account deleted (which
 * changes it to one nothing matches). Their access tokens issued under an earlier password must stop working at once,
 * as their sessions do (a signed token alone cannot be revoked); each access token states the password change it was
 * issued after ({@link AccessTokenIssuer#PASSWORD_CHANGED_AT}). Only that recent, small set matters: older tokens have
 * expired. This instance knows its own changes immediately; those of other instances it reads from the users table at
 * most every {@link #REREAD} seconds, so one query serves every authenticated request in between.
 */
@ApplicationScoped
public class RecentPasswordChanges {

    static final Duration REREAD = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(RecentPasswordChanges.class.getName());
    // a registration sets the first password: not a change, and nobody holds an earlier token
    private static final String RECENTLY_CHANGED =
            "SELECT id, password_changed_at FROM identity.users WHERE password_changed_at > ? AND password_changed_at > created_at";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;
    @Inject
    @ConfigProperty(name = "staybook.jwt.access-token-lifetime", defaultValue = "PT15M")
    Duration tokenLifetime;
    @Inject
    Clock clock;

    private final Map<UUID, Instant> changedHere = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

    private record Snapshot(Map<UUID, Instant> changedAt, Instant readAt) {
    }

    /** A password changed on this instance (or an account deleted), fired in the changing transaction. */
    public record Changed(UserId user, Instant at) {
    }

    /**
     * Its earlier tokens are refused from the change's commit on, not after the next read; never before the commit,
     * since a change that rolls back must not lock the owner out.
     */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        changedHere.merge(change.user().value(), change.at(), (known, later) -> later.isAfter(known) ? later : known);
    }

    /**
     * True if the account's password changed after the change the token was issued under; {@code tokenPasswordChangedAt}
     * is null for a token that does not say (issued before tokens said it), refused if the account changed recently.
     */
    public boolean refuses(UserId user, Instant tokenPasswordChangedAt) {
        Instant here = changedHere.get(user.value());
        Instant read = current().changedAt().get(user.value());
        Instant latest = here == null ? read : read == null || here.isAfter(read) ? here : read;
        return latest != null && (tokenPasswordChangedAt == null
                || tokenPasswordChangedAt.toEpochMilli() < latest.toEpochMilli());
    }

    private Snapshot current() {
        Instant now = clock.instant();
        Snapshot known = snapshot;
        if (known.readAt().plus(REREAD).isAfter(now)) {
            return known;
        }
        Instant horizon = now.minus(tokenLifetime);
        changedHere.values().removeIf(changedAt -> changedAt.isBefore(horizon));
        try {
            Snapshot read = new Snapshot(read(horizon), now);
            snapshot = read;
            return read;
        } catch (SQLException unreadable) {
            // the changes made on this instance still count; the next request tries again
            LOG.log(Level.WARNING, "cannot read recent password changes", unreadable);
            return known;
        }
    }

    private Map<UUID, Instant> read(Instant horizon) throws SQLException {
        Map<UUID, Instant> changed = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RECENTLY_CHANGED)) {
            statement.setTimestamp(1, Timestamp.from(horizon));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    changed.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
                }
            }
        }
        return Map.copyOf(changed);
    }
}
