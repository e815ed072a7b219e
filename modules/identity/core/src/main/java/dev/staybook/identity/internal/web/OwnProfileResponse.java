package dev.staybook.identity.internal.web;

import dev.staybook.identity.api.Role;
import dev.staybook.identity.internal.domain.Profile;
import dev.staybook.identity.internal.domain.User;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything about the signed-in user's own account, including the private contact details. */
@Schema(requiredProperties = {"id", "email", "emailVerified", "name", "languages", "roles", "memberSince"})
public record OwnProfileResponse(@Schema(format = "uuid") String id, String email, boolean emailVerified, String name, String bio,
                                 String avatarUrl, String phone, List<String> languages, List<Role> roles, Instant memberSince) {

    static OwnProfileResponse of(User user) {
        Profile profile = user.profile();
        return new OwnProfileResponse(user.id().toString(), user.email().value(), user.isEmailVerified(), profile.name(), profile.bio(),
                profile.avatarUrl(), profile.phone(), profile.languages(),
                Roles.sorted(user.roles()), user.createdAt());
    }
}
