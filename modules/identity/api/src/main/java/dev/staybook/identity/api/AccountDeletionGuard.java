package dev.staybook.identity.api;

import java.util.List;

/**
 * A module's say on whether an account may be deleted now: stays still ahead, money still owed. Each module with
 * such obligations publishes one as a CDI bean; identity refuses the deletion while any guard gives a reason.
 */
public interface AccountDeletionGuard {

    /** Why the account cannot be deleted now; empty when this module has nothing against it. */
    List<DeletionRefusal> refusalsFor(UserId user);
}
