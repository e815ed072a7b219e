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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts whose sessions all ended within the last access-token lifetime: the password changed or was reset, the
 * account was suspended or deleted. Their access tokens issued before that must stop working at once, as their refresh
 * tokens do (a signed token alone cannot be revoked); each access token states the end of sessions it was issued after
 * ({@link AccessTokenIssuer#SESSIONS_ENDED_AT}). Only that recent, small set matters: older tokens have expired. This
 * instance knows its own ends immediately; those of other instances it reads from the users table at most every
 * {@link #REREAD} seconds, so one query serves every authenticated request in between. One request at a time reads;
 * the others go on with the last read meanwhile, and when the database cannot be read (an outage) they go on with it
 * until the next try, {@link #REREAD} later, rather than each waiting for a connection and logging the failure.
 */
@ApplicationScoped
public class RecentlyEndedSessions {

    static final Duration REREAD = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(RecentlyEndedSessions.class.getName());
    // a registration starts the account's first session: nobody holds an earlier token
    private static final String RECENTLY_ENDED =
            "SELECT id, sessions_ended_at FROM identity.users WHERE sessions_ended_at > ? AND sessions_ended_at > created_at";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;
    @Inject
    @ConfigProperty(name = "staybook.jwt.access-token-lifetime", defaultValue = "PT15M")
    Duration tokenLifetime;
    @Inject
    Clock clock;

    private final Map<UUID, Instant> endedHere = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile boolean unreadable;

    private record Snapshot(Map<UUID, Instant> endedAt, Instant readAt) {
    }

    /** The account's sessions ended on this instance, fired in the transaction that ended them. */
    public record Ended(UserId user, Instant at) {
    }

    /**
     * Its earlier tokens are refused from the commit on, not after the next read; never before the commit, since an end
     * that rolls back must not lock the owner out.
     */
    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) Ended end) {
        endedHere.merge(end.user().value(), end.at(), (known, later) -> later.isAfter(known) ? later : known);
    }

    /**
     * True if the account's sessions ended after the end the token was issued after; {@code tokenSessionsEndedAt} is
     * null for a token that does not say (issued by an earlier version), refused if the account's sessions ended recently.
     */
    public boolean refuses(UserId user, Instant tokenSessionsEndedAt) {
        Instant here = endedHere.get(user.value());
        Instant read = current().endedAt().get(user.value());
        Instant latest = here == null ? read : read == null || here.isAfter(read) ? here : read;
        return latest != null && (tokenSessionsEndedAt == null
                || tokenSessionsEndedAt.toEpochMilli() < latest.toEpochMilli());
    }

    private Snapshot current() {
        Instant now = clock.instant();
        Snapshot known = snapshot;
        if (known.readAt().plus(REREAD).isAfter(now)) {
            return known;
        }
        if (reading.compareAndSet(false, true)) {
            try {
                return reread(known, now);
            } finally {
                reading.set(false);
            }
        }
        // another request is reading: the last read serves meanwhile, unless there has been none yet
        return known.readAt().equals(Instant.MIN) ? reread(known, now) : known;
    }

    private Snapshot reread(Snapshot known, Instant now) {
        Instant horizon = now.minus(tokenLifetime);
        endedHere.values().removeIf(endedAt -> endedAt.isBefore(horizon));
        try {
            snapshot = new Snapshot(read(horizon), now);
            if (unreadable) {
                unreadable = false;
                LOG.info("recently ended sessions are read again");
            }
        } catch (SQLException failure) {
            // the ends made on this instance still count; the earlier read serves until the next try
            snapshot = new Snapshot(known.endedAt(), now);
            if (!unreadable) {
                unreadable = true;
                LOG.log(Level.WARNING, "cannot read recently ended sessions; trying again every " + REREAD.toSeconds()
                        + " s, without logging each try", failure);
            }
        }
        return snapshot;
    }

    private Map<UUID, Instant> read(Instant horizon) throws SQLException {
        Map<UUID, Instant> ended = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RECENTLY_ENDED)) {
            statement.setTimestamp(1, Timestamp.from(horizon));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ended.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
                }
            }
        }
        return Map.copyOf(ended);
    }
}
