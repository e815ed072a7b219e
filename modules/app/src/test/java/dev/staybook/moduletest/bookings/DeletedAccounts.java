package dev.staybook.moduletest.bookings;

import dev.staybook.identity.api.AccountHolds;
import dev.staybook.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Test double of identity's published {@link AccountHolds}: every account is open but those a test deletes. */
@ApplicationScoped
public class DeletedAccounts implements AccountHolds {

    private final Set<UserId> deleted = ConcurrentHashMap.newKeySet();

    public void delete(UserId user) {
        deleted.add(user);
    }

    public void restoreAll() {
        deleted.clear();
    }

    @Override
    public Set<UserId> holdOpen(Set<UserId> users) {
        return users.stream().filter(deleted::contains).collect(Collectors.toSet());
    }
}
