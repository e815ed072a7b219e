package dev.staybook.identity.internal.web;

import dev.staybook.identity.api.Role;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A user's roles as responses list them: by name, so that the order never depends on a set's. */
final class Roles {

    private Roles() {
    }

    static List<Role> sorted(Collection<Role> roles) {
        return roles.stream().sorted(Comparator.comparing(Role::name)).toList();
    }
}
