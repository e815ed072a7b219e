package dev.staybook.identity.internal.persistence;

import dev.staybook.identity.internal.domain.EmailVerificationToken;
import dev.staybook.identity.internal.domain.EmailVerificationTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Runs only inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaEmailVerificationTokenRepository extends JpaOneTimeTokenRepository<EmailVerificationToken>
        implements EmailVerificationTokenRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    public JpaEmailVerificationTokenRepository() {
        super(EmailVerificationToken.class);
    }

    @Override
    EntityManager em() {
        return em;
    }
}
