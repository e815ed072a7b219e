package dev.staybook.identity.internal.web;

import dev.staybook.identity.api.PublicProfile;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as anyone may see them: no email, no phone. */
@Schema(requiredProperties = {"id", "name", "languages", "host", "memberSince"})
public record PublicProfileResponse(@Schema(format = "uuid") String id, String name, String bio, String avatarUrl, List<String> languages,
                                    boolean host, Instant memberSince) {

    static PublicProfileResponse of(PublicProfile profile) {
        return new PublicProfileResponse(profile.id().toString(), profile.name(), profile.bio(), profile.avatarUrl(),
                profile.languages(), profile.isHost(), profile.memberSince());
    }
}
