package dev.staybook.identity.internal.persistence;

import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.domain.AccountStatus;
import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import dev.staybook.jdbc.ViolatedConstraint;
import dev.staybook.kernel.error.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Runs only inside the caller's transaction: a read outside one would bypass Liberty's transaction handling. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaUserRepository implements UserRepository {

    static final String UNIQUE_EMAIL = "users_email_key";

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public Optional<User> find(UserId id) {
        return Optional.ofNullable(em.find(User.class, id.value()));
    }

    @Override
    public long countActiveAdministrators() {
        return em.createQuery("select count(u) from User u join u.roles r where r = :admin and u.status = :active", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("active", AccountStatus.ACTIVE).getSingleResult();
    }

    @Override
    public Optional<User> findForShare(UserId id) {
        return lockedAndRead(id, "FOR SHARE");
    }

    @Override
    public Optional<User> findForUpdate(UserId id) {
        return lockedAndRead(id, "FOR UPDATE");
    }

    /**
     * Locks the row and reads it in one statement. Not em.find with a lock mode: the roles are outer-joined, which
     * PostgreSQL cannot lock, so Hibernate would read the account first and then lock it checking its version, and a
     * change committed in between failed that check (409 concurrent-update) instead of being waited for and read.
     */
    private Optional<User> lockedAndRead(UserId id, String lock) {
        return em.createNativeQuery("SELECT * FROM identity.users WHERE id = :id " + lock, User.class)
                .setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    @Override
    public Set<UserId> holdFindingDeleted(Set<UserId> ids) {
        // the rows themselves, not entities: a booking's placement asks this, and only needs their status (read after
        // any deletion under way has committed: FOR SHARE waits for it)
        List<?> held = em.createNativeQuery("SELECT CAST(id AS text), status FROM identity.users WHERE id IN (:ids) FOR SHARE")
                .setParameter("ids", ids.stream().map(UserId::value).toList()).getResultList();
        return held.stream().map(Object[].class::cast).filter(row -> AccountStatus.DELETED.name().equals(row[1]))
                .map(row -> new UserId(UUID.fromString((String) row[0]))).collect(Collectors.toSet());
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", email.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<User> findAll(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from User u where u.id in :ids", User.class)
                .setParameter("ids", ids.stream().map(UserId::value).toList())
                .getResultList();
    }

    @Override
    public List<User> page(String emailPrefix, UUID after, int limit) {
        StringBuilder jpql = new StringBuilder("select u from User u where 1 = 1");
        if (after != null) {
            jpql.append(" and u.id > :after");
        }
        if (emailPrefix != null) {
            jpql.append(" and u.email like :prefix escape '\\'");
        }
        var query = em.createQuery(jpql.append(" order by u.id").toString(), User.class).setMaxResults(limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        if (emailPrefix != null) {
            query.setParameter("prefix", escapeLike(emailPrefix) + "%");
        }
        return query.getResultList();
    }

    @Override
    public boolean existsByEmail(EmailAddress email) {
        return !em.createQuery("select 1 from User u where u.email = :email", Integer.class)
                .setParameter("email", email.value())
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean isEmailVerified(UserId id) {
        return em.createQuery("select count(u) from User u where u.id = :id and u.emailVerifiedAt is not null", Long.class)
                .setParameter("id", id.value())
                .getSingleResult() > 0;
    }

    @Override
    public void add(User user) {
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            if (ViolatedConstraint.in(e).filter(c -> c.is(ViolatedConstraint.Kind.UNIQUE, UNIQUE_EMAIL)).isPresent()) {
                throw new Conflict("email-taken", "An account with this email address already exists.");
            }
            throw e;
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
