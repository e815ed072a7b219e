package dev.staybook.payments.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Disputes by the gateway's id, and the open ones for support. */
public interface DisputeRepository {

    Optional<Dispute> find(String gateway, String gatewayDisputeId);

    void add(Dispute dispute);

    /** Open disputes oldest first, after {@code (openedAt, id)} when given. */
    List<Dispute> open(Instant afterOpenedAt, UUID afterId, int limit);
}
