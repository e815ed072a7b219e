package dev.staybook.bookings.internal.persistence;

import dev.staybook.jdbc.ViolatedConstraint;
import dev.staybook.kernel.error.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Idempotency keys of booking requests, in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyKeys {

    @PersistenceContext(unitName = "bookings")
    EntityManager em;

    public Optional<IdempotencyKey> find(UUID guestId, String key) {
        return Optional.ofNullable(em.find(IdempotencyKey.class, new IdempotencyKey.Key(guestId, key)));
    }

    /** Stores the key; a concurrent request with the same key that committed first makes this a 409. */
    public void add(IdempotencyKey key) {
        try {
            em.persist(key);
            em.flush();
        } catch (PersistenceException e) {
            if (ViolatedConstraint.in(e).filter(c -> c.kind() == ViolatedConstraint.Kind.UNIQUE).isPresent()) {
                throw new Conflict("idempotency-key-in-use", "Another request with this Idempotency-Key is in progress; retry it.");
            }
            throw e;
        }
    }
}
