package dev.staybook.listings.internal.graphql;

import dev.staybook.identity.api.PublicProfile;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Public profiles for the GraphQL types of listings, always a whole page of users in one query. */
@ApplicationScoped
class People {

    @Inject
    UserDirectory users;

    /** The public profiles of these users by id; suspended users are missing. */
    Map<String, Person> byId(Collection<String> userIds) {
        Map<UserId, PublicProfile> profiles = users.publicProfiles(userIds.stream().distinct().map(UserId::parse).toList());
        Map<String, Person> people = new HashMap<>();
        profiles.forEach((id, profile) -> people.put(id.toString(), Person.of(profile)));
        return people;
    }
}
