package dev.staybook.listings.internal.graphql;

import dev.staybook.identity.api.PublicProfile;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The host of a listing as anyone may see them. */
public final class ListingHost {

    @Id
    @NonNull
    public final String id;
    public final String name;
    public final String avatarUrl;
    public final String memberSince;

    private ListingHost(PublicProfile profile) {
        this.id = profile.id().toString();
        this.name = profile.name();
        this.avatarUrl = profile.avatarUrl();
        this.memberSince = profile.memberSince().toString();
    }

    static ListingHost of(PublicProfile profile) {
        return profile == null ? null : new ListingHost(profile);
    }
}
