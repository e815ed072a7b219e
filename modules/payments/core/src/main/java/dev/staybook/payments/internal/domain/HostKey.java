package dev.staybook.payments.internal.domain;

import java.io.Serializable;
import java.util.UUID;

/** A host and a currency they are owed money in: one payout per key per run. Also the reader's checkpoint. */
public record HostKey(UUID hostId, String currency) implements Serializable {
}
