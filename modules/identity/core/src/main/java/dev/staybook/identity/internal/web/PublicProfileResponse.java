package dev.staybook.identity.internal.web;

import dev.staybook.identity.api.PublicProfile;
import java.time.Instant;
import java.util.List;

/** A user as anyone may see them: no email, no phone. */
public record PublicProfileResponse(String id, String name, String bio, String avatarUrl, List<String> languages,
                                    boolean host, Instant memberSince) {

    static PublicProfileResponse of(PublicProfile profile) {
        return new PublicProfileResponse(profile.id().toString(), profile.name(), profile.bio(), profile.avatarUrl(),
                profile.languages(), profile.isHost(), profile.memberSince());
    }
}
