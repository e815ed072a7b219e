package dev.staybook.outbox;

import dev.staybook.kernel.maintenance.ChunkedStatement;
import java.util.regex.Pattern;

/**
 * The purge statements of one module's outbox and inbox, for its nightly maintenance: delivered outbox
 * entries and handled inbox records older than a cutoff go, one chunk at a time (parameters: the cutoff,
 * then the chunk size). Undelivered entries always stay. Keep inbox records at least as long as outbox
 * entries: an entry is redelivered only while it is undelivered, so its consumer's record outlives it.
 * The module's schema needs indexes on {@code outbox (published_at)} and {@code inbox (received_at)}.
 */
public final class ProcessedEvents {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_]+");

    private ProcessedEvents() {
    }

    public static String purgeOutbox(String schema) {
        return ChunkedStatement.deleteWhere(table(schema, "outbox"), "published_at < ?");
    }

    public static String purgeInbox(String schema) {
        return ChunkedStatement.deleteWhere(table(schema, "inbox"), "received_at < ?");
    }

    private static String table(String schema, String table) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        return schema + "." + table;
    }
}
