package dev.staybook.identity.internal.web;

import dev.staybook.identity.internal.domain.User;
import java.time.Instant;
import java.util.List;

/** An account as administrators see it in lists. */
public record AdminUserResponse(String id, String email, String name, List<String> roles, String status,
                                Instant memberSince) {

    static AdminUserResponse of(User user) {
        return new AdminUserResponse(user.id().toString(), user.email().value(), user.profile().name(),
                user.roles().stream().map(Enum::name).sorted().toList(), user.status().name(), user.createdAt());
    }
}
