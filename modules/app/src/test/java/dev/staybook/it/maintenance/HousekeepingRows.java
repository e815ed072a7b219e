package dev.staybook.it.maintenance;

import dev.staybook.it.support.StayFixtures;
import dev.staybook.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Rows of the kinds the maintenance run cleans up, written straight into each module's tables with the
 * ages the tests need (the API cannot make a row 400 days old). Each method returns the row's id.
 */
final class HousekeepingRows {

    private HousekeepingRows() {
    }

    static Instant ago(Duration age) {
        return Instant.now().minus(age);
    }

    static Instant daysAgo(int days) {
        return ago(Duration.ofDays(days));
    }

    /** A refresh token of the user, issued, expiring and maybe revoked at the given moments. */
    static UUID refreshToken(String userId, Instant issuedAt, Instant expiresAt, Instant revokedAt) {
        UUID id = UUID.randomUUID();
        insert("INSERT INTO identity.refresh_tokens (id, user_id, family_id, token_hash, issued_at, expires_at, revoked_at,"
                + " session_started_at) VALUES (?, ?::uuid, ?, decode(md5(?), 'hex'), ?, ?, ?, ?)", id, userId, UUID.randomUUID(),
                id.toString(), at(issuedAt), at(expiresAt), at(revokedAt), at(issuedAt));
        return id;
    }

    /** A completed booking last changed at {@code updatedAt}, with two status changes in its history. */
    static UUID finishedBooking(Instant updatedAt) {
        UUID id = UUID.randomUUID();
        insert("""
                INSERT INTO bookings.bookings (id, listing_id, guest_id, host_id, status, check_in, check_out, adults,
                    time_zone, check_in_at, check_out_at, currency, guest_total, host_payout, policy_name, policy_version,
                    instant_book, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'COMPLETED', ?::date - 3, ?::date - 1, 2, 'UTC', ?::timestamptz - interval '3 days', ?::timestamptz - interval '1 day',
                    'EUR', 300, 250, 'FLEXIBLE', 1, true, ?::timestamptz - interval '10 days', ?)""",
                id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), at(updatedAt).toLocalDate(),
                at(updatedAt).toLocalDate(), at(updatedAt), at(updatedAt), at(updatedAt), at(updatedAt));
        transition(id, null, "CONFIRMED", updatedAt.minus(Duration.ofDays(10)));
        transition(id, "CONFIRMED", "COMPLETED", updatedAt);
        return id;
    }

    private static void transition(UUID booking, String from, String to, Instant at) {
        insert("INSERT INTO bookings.booking_transitions (id, booking_id, from_status, to_status, actor_kind, reason, occurred_at)"
                + " VALUES (?, ?, ?, ?, 'SYSTEM', 'maintenance test', ?)", UUID.randomUUID(), booking, from, to, at(at));
    }

    /** An Idempotency-Key record of the booking's guest, recorded at {@code createdAt}; returns the key. */
    static String idempotencyKey(UUID booking, Instant createdAt) {
        String key = "maintenance-" + UUID.randomUUID();
        insert("INSERT INTO bookings.booking_idempotency_keys (guest_id, idempotency_key, request_hash, booking_id, created_at)"
                + " SELECT guest_id, ?, 'hash', id, ? FROM bookings.bookings WHERE id = ?", key, at(createdAt), booking);
        return key;
    }

    /**
     * An event that occurred at {@code occurredAt}, with one delivery in {@code state} (settled then, unless
     * pending) to a subscriber no server knows, so that no worker ever picks it up; returns the event id.
     */
    static UUID event(Instant occurredAt, String state) {
        UUID id = UUID.randomUUID();
        insert("INSERT INTO outbox.events (id, publisher, event_type, aggregate_id, payload, occurred_at)"
                + " VALUES (?, 'maintenance', 'MaintenanceTestEvent', ?, '{}', ?)", id, UUID.randomUUID(), at(occurredAt));
        insert("INSERT INTO outbox.deliveries (event_id, subscriber, aggregate_id, state, next_attempt_at, settled_at)"
                + " SELECT id, 'maintenance.test-subscriber', aggregate_id, ?, occurred_at, CASE WHEN ? <> 'PENDING' THEN occurred_at END"
                + " FROM outbox.events WHERE id = ?", state, state, id);
        return id;
    }

    /** A webhook event received by payments; returns its event id. */
    static String webhookEvent(Instant receivedAt) {
        String id = "evt_maintenance_" + UUID.randomUUID();
        insert("INSERT INTO payments.webhook_events (provider, event_id, event_type, received_at) VALUES ('simulated', ?, 'test', ?)",
                id, at(receivedAt));
        return id;
    }

    /** A mail created at {@code createdAt} with the status; a SENT one was sent an hour later. */
    static UUID mail(String status, Instant createdAt) {
        UUID id = UUID.randomUUID();
        insert("INSERT INTO notifications.mails (id, source, kind, recipient_email, recipient_name, subject, body, status,"
                + " attempts, next_attempt_at, created_at, sent_at) VALUES (?, ?, 'TEST', 'old@it.staybook.test', 'Old', 'Old',"
                + " 'Old', ?, 1, ?, ?, CASE WHEN ? = 'SENT' THEN ?::timestamptz + interval '1 hour' END)",
                id, "maintenance:" + id, status, at(createdAt), at(createdAt), status, at(createdAt));
        return id;
    }

    static boolean exists(String table, String column, Object value) {
        return StayFixtures.exists("SELECT 1 FROM " + table + " WHERE " + column + " = ?", value);
    }

    static long count(String sql, Object... values) {
        return StayFixtures.count(sql, values);
    }

    /** Runs SQL without parameters (several statements may follow each other). */
    static void execute(String sql) {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void insert(String sql, Object... values) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
