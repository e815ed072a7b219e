package dev.staybook.identity.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.domain.PasswordResetToken;
import dev.staybook.identity.internal.domain.PasswordResetTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPasswordResetTokenRepository implements PasswordResetTokenRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void add(PasswordResetToken token) {
        em.persist(token);
    }

    @Override
    public Optional<PasswordResetToken> findByHashForUpdate(byte[] tokenHash) {
        return em.createQuery("select t from PasswordResetToken t where t.tokenHash = :hash", PasswordResetToken.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public int useAllOf(UserId user, Instant now) {
        return em.createQuery("update PasswordResetToken t set t.usedAt = :now where t.userId = :user and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("user", user.value())
                .executeUpdate();
    }
}
