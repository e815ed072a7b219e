package dev.staybook.listings.internal.graphql;

import dev.staybook.identity.api.PublicProfile;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A user as anyone may see them: a listing's host, a review's author. */
@Name("Person")
public final class Person {

    @Id
    @NonNull
    public final String id;
    public final String name;
    public final String avatarUrl;
    public final String memberSince;

    private Person(PublicProfile profile) {
        this.id = profile.id().toString();
        this.name = profile.name();
        this.avatarUrl = profile.avatarUrl();
        this.memberSince = profile.memberSince().toString();
    }

    static Person of(PublicProfile profile) {
        return profile == null ? null : new Person(profile);
    }
}
