package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The collection of all accounts. */
public interface UserRepository {

    Optional<User> find(UserId id);

    /**
     * The account under a shared lock until the transaction ends, read once the lock is held: a password change or
     * reset, a sign-out everywhere, a suspension or a deletion of it (each locks it with findForUpdate first) waits for
     * this transaction, and this one for them. The first read of the account in the transaction: a copy read earlier
     * would be returned as it was.
     */
    Optional<User> findForShare(UserId id);

    /**
     * The account under an exclusive lock until the transaction ends, read once the lock is held (so it carries every
     * change committed before): whoever holds it (findForShare) is waited for. Every change that ends the account's
     * sessions takes it before any token row of the account, so the two never deadlock. The first read of the account
     * in the transaction, as for findForShare.
     */
    Optional<User> findForUpdate(UserId id);

    /** Holds the accounts under a shared lock until the transaction ends, as findForShare does; returns the deleted ones. */
    Set<UserId> holdFindingDeleted(Set<UserId> ids);

    Optional<User> findByEmail(EmailAddress email);

    List<User> findAll(Collection<UserId> ids);

    /** A page of accounts ordered by id, after the given id, optionally only emails starting with a prefix. */
    List<User> page(String emailPrefix, UUID after, int limit);

    boolean existsByEmail(EmailAddress email);

    /** Whether the account exists and has verified its address, without loading it. */
    boolean isEmailVerified(UserId id);

    /** Administrators whose accounts can sign in (active). */
    long countActiveAdministrators();

    /** Adds the user and flushes, so a duplicate email surfaces here as a conflict. */
    void add(User user);
}
