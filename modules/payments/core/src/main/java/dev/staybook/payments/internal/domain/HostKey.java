package dev.staybook.payments.internal.domain;

import java.io.Serializable;
import java.util.UUID;

/**
 * A host and a currency they are owed money in: one payout per key per run. Also the reader's checkpoint. Keys are
 * ordered by the host's slot ({@link HostRange}), then host, then currency, so that a partition's hosts are one range
 * of keys and each chunk's hosts a range within it.
 */
public record HostKey(int slot, UUID hostId, String currency) implements Serializable {
}
