package dev.staybook.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What anyone may know about a user: never the email address or the phone number. */
public record PublicProfile(
        UserId id, String name, String bio, String avatarUrl, List<String> languages, Set<Role> roles,
        Instant memberSince) {

    public PublicProfile {
        languages = List.copyOf(languages);
        roles = Set.copyOf(roles);
    }

    public boolean isHost() {
        return roles.contains(Role.HOST);
    }
}
