package dev.staybook.identity.api;

import java.util.Set;

/**
 * Accounts held open for a transaction that relies on them (a booking placed between a guest and a host): a deletion
 * of one locks it first, so it waits until that transaction ends and then finds what it wrote (its guards see the
 * booking), or, under way already, is waited for here and then found deleted.
 */
public interface AccountHolds {

    /** Holds the accounts until the caller's transaction ends; returns those of them that are deleted. */
    Set<UserId> holdOpen(Set<UserId> users);
}
