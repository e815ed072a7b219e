package dev.staybook.identity.internal.web;

import dev.staybook.identity.api.Role;
import dev.staybook.identity.internal.domain.AccountStatus;
import dev.staybook.identity.internal.domain.User;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as administrators see it in lists. */
@Schema(requiredProperties = {"id", "email", "name", "roles", "status", "memberSince"})
public record AdminUserResponse(@Schema(format = "uuid") String id, String email, String name, List<Role> roles,
                                AccountStatus status, Instant memberSince) {

    static AdminUserResponse of(User user) {
        return new AdminUserResponse(user.id().toString(), user.email().value(), user.profile().name(),
                Roles.sorted(user.roles()), user.status(), user.createdAt());
    }
}
