package dev.staybook.identity.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.domain.OneTimeToken;
import dev.staybook.identity.internal.domain.OneTimeTokenRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The queries every kind of one-time token shares; a subclass names the entity and provides the entity manager. */
abstract class JpaOneTimeTokenRepository<T extends OneTimeToken> implements OneTimeTokenRepository<T> {

    private final Class<T> type;

    JpaOneTimeTokenRepository(Class<T> type) {
        this.type = type;
    }

    abstract EntityManager em();

    @Override
    public void add(T token) {
        em().persist(token);
    }

    @Override
    public Optional<UserId> ownerOf(byte[] tokenHash) {
        return em().createQuery("select t.userId from " + type.getSimpleName() + " t where t.tokenHash = :hash", UUID.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst().map(UserId::new);
    }

    @Override
    public Optional<T> findByHashForUpdate(byte[] tokenHash) {
        return em().createQuery("select t from " + type.getSimpleName() + " t where t.tokenHash = :hash", type)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public int useAllOf(UserId user, Instant now) {
        return em().createQuery("update " + type.getSimpleName() + " t set t.usedAt = :now where t.userId = :user and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("user", user.value())
                .executeUpdate();
    }
}
