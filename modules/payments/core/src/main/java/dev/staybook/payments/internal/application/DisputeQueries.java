package dev.staybook.payments.internal.application;

import dev.staybook.payments.internal.domain.Dispute;
import dev.staybook.payments.internal.domain.DisputeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The open disputes, for support (the resource checks the role). */
@ApplicationScoped
@Transactional
public class DisputeQueries {

    @Inject
    DisputeRepository disputes;

    public List<Dispute> open(Instant afterOpenedAt, UUID afterId, int limit) {
        return disputes.open(afterOpenedAt, afterId, limit);
    }
}
