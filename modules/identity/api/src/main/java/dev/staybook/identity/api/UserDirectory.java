package dev.staybook.identity.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Read access to public user facts for other modules. */
public interface UserDirectory {

    /** The public profile of an active account; empty if there is none or it is suspended. */
    Optional<PublicProfile> publicProfile(UserId id);

    /** Public profiles of several users in one query; unknown and suspended ids are left out. */
    Map<UserId, PublicProfile> publicProfiles(Collection<UserId> ids);
}
