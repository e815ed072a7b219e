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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts deleted within the last access-token lifetime, whose still unexpired access tokens must stop working at
 * once (a signed token alone cannot be revoked). Only that recent, small set matters: older tokens have expired.
 * This instance knows its own deletions immediately; those of other instances it reads from the users table at most
 * every {@link #REREAD} seconds, so one query serves every authenticated request in between.
 */
@ApplicationScoped
public class DeletedAccounts {

    static final Duration REREAD = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(DeletedAccounts.class.getName());
    private static final String RECENTLY_DELETED = "SELECT id FROM identity.users WHERE deleted_at > ?";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;
    @Inject
    @ConfigProperty(name = "staybook.jwt.access-token-lifetime", defaultValue = "PT15M")
    Duration tokenLifetime;
    @Inject
    Clock clock;

    private final Map<UUID, Instant> deletedHere = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(Set.of(), Instant.MIN);

    private record Snapshot(Set<UUID> ids, Instant readAt) {
    }

    /** An account deleted on this instance, fired in the deleting transaction. */
    public record Deleted(UserId user) {
    }

    /**
     * Its tokens are refused from the deletion's commit on, not after the next read; never before the commit, since
     * a deletion that rolls back must not lock the owner out.
     */
    void deleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Deleted deletion) {
        deletedHere.put(deletion.user().value(), clock.instant());
    }

    /** True if the account was deleted recently enough for one of its access tokens to be still unexpired. */
    public boolean isDeleted(UserId user) {
        return deletedHere.containsKey(user.value()) || current().ids().contains(user.value());
    }

    private Snapshot current() {
        Instant now = clock.instant();
        Snapshot known = snapshot;
        if (known.readAt().plus(REREAD).isAfter(now)) {
            return known;
        }
        Instant horizon = now.minus(tokenLifetime);
        deletedHere.values().removeIf(deletedAt -> deletedAt.isBefore(horizon));
        try {
            Snapshot read = new Snapshot(read(horizon), now);
            snapshot = read;
            return read;
        } catch (SQLException unreadable) {
            // the deletions of this instance still count; the next request tries again
            LOG.log(Level.WARNING, "cannot read recently deleted accounts", unreadable);
            return known;
        }
    }

    private Set<UUID> read(Instant horizon) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RECENTLY_DELETED)) {
            statement.setTimestamp(1, Timestamp.from(horizon));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return Set.copyOf(ids);
    }
}
