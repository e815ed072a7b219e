package dev.staybook.identity.api;

import dev.staybook.kernel.error.Forbidden;
import java.util.Set;

/** The authenticated user making the current request, with the roles their access token grants. */
public record Caller(UserId id, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean is(UserId user) {
        return id.equals(user);
    }

    /** Returns this caller if it holds the role, otherwise fails with 403. */
    public Caller requireRole(Role role) {
        if (!has(role)) {
            throw new Forbidden("role-required", "This action needs the %s role.".formatted(role));
        }
        return this;
    }
}
