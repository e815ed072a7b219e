package dev.staybook.identity.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.domain.RefreshToken;
import dev.staybook.identity.internal.domain.RefreshTokenRepository;
import dev.staybook.identity.internal.domain.SessionSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs only inside the caller's transaction: a read outside one would bypass Liberty's transaction handling. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaRefreshTokenRepository implements RefreshTokenRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public Optional<UserId> ownerOf(byte[] tokenHash) {
        return em.createQuery("select t.userId from RefreshToken t where t.tokenHash = :hash", UUID.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst().map(UserId::new);
    }

    @Override
    public Optional<RefreshToken> findByHashForUpdate(byte[] tokenHash) {
        return em.createQuery("select t from RefreshToken t where t.tokenHash = :hash", RefreshToken.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public void add(RefreshToken token) {
        em.persist(token);
    }

    @Override
    public int revokeFamily(UUID familyId, Instant now) {
        return em.createQuery("update RefreshToken t set t.revokedAt = :now where t.familyId = :family and t.revokedAt is null")
                .setParameter("now", now)
                .setParameter("family", familyId)
                .executeUpdate();
    }

    @Override
    public int revokeAllOf(UserId user, Instant now) {
        return em.createQuery("update RefreshToken t set t.revokedAt = :now where t.userId = :user and t.revokedAt is null")
                .setParameter("now", now)
                .setParameter("user", user.value())
                .executeUpdate();
    }

    @Override
    public List<SessionSummary> sessionsOf(UserId user) {
        return em.createQuery("select new " + SessionSummary.class.getName() + "(t.familyId, min(t.sessionStartedAt),"
                        + " max(t.issuedAt), max(t.expiresAt), count(t.revokedAt)) from RefreshToken t where t.userId = :user"
                        + " group by t.familyId order by max(t.issuedAt) desc", SessionSummary.class)
                .setParameter("user", user.value())
                .getResultList();
    }
}
