package dev.staybook.identity.internal.persistence;

import dev.staybook.identity.internal.domain.PasswordResetToken;
import dev.staybook.identity.internal.domain.PasswordResetTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPasswordResetTokenRepository extends JpaOneTimeTokenRepository<PasswordResetToken>
        implements PasswordResetTokenRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    public JpaPasswordResetTokenRepository() {
        super(PasswordResetToken.class);
    }

    @Override
    EntityManager em() {
        return em;
    }
}
