package dev.staybook.payments.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Disputes by the gateway's id, and the open ones for support. */
public interface DisputeRepository {

    Optional<Dispute> find(String gateway, String gatewayDisputeId);

    void add(Dispute dispute);

    /** Whether the booking's payment has a dispute that is open or was lost: its money is the bank's to move. */
    boolean disputedAndNotWon(UUID bookingId);

    /** Open disputes oldest first, after {@code (openedAt, id)} when given. */
    List<Dispute> open(Instant afterOpenedAt, UUID afterId, int limit);
}
