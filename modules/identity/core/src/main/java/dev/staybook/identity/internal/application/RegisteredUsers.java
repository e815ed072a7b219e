package dev.staybook.identity.internal.application;

import dev.staybook.identity.api.AccountHolds;
import dev.staybook.identity.api.PublicProfile;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Identity's answer to other modules' questions about users. Suspended accounts are not shown. */
@ApplicationScoped
@Transactional
public class RegisteredUsers implements UserDirectory, AccountHolds {

    @Inject
    UserRepository users;

    @Override
    public Optional<PublicProfile> publicProfile(UserId id) {
        return users.find(id).filter(User::canSignIn).map(User::publicProfile);
    }

    @Override
    public Set<UserId> holdOpen(Set<UserId> ids) {
        return users.holdFindingDeleted(ids);
    }

    @Override
    public Map<UserId, PublicProfile> publicProfiles(Collection<UserId> ids) {
        return users.findAll(ids).stream().filter(User::canSignIn).map(User::publicProfile)
                .collect(Collectors.toMap(PublicProfile::id, Function.identity()));
    }
}
