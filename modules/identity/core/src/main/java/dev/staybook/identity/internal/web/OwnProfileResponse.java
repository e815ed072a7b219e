package dev.staybook.identity.internal.web;

import dev.staybook.identity.internal.domain.Profile;
import dev.staybook.identity.internal.domain.User;
import java.time.Instant;
import java.util.List;

/** Everything about the signed-in user's own account, including the private contact details. */
public record OwnProfileResponse(String id, String email, boolean emailVerified, String name, String bio, String avatarUrl, String phone,
                                 List<String> languages, List<String> roles, Instant memberSince) {

    static OwnProfileResponse of(User user) {
        Profile profile = user.profile();
        return new OwnProfileResponse(user.id().toString(), user.email().value(), user.isEmailVerified(), profile.name(), profile.bio(),
                profile.avatarUrl(), profile.phone(), profile.languages(),
                user.roles().stream().map(Enum::name).sorted().toList(), user.createdAt());
    }
}
