package dev.staybook.identity.internal.graphql;

import dev.staybook.identity.internal.domain.Profile;
import dev.staybook.identity.internal.domain.User;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The signed-in user's own account as GET /users/me shows it, with the private contact details. */
@Name("OwnProfile")
@Description("My account: my profile, my email and phone, my roles")
public final class OwnProfile {

    @Id
    @NonNull
    public final String id;
    public final String email;
    @NonNull
    public final boolean emailVerified;
    public final String name;
    public final String bio;
    public final String avatarUrl;
    public final String phone;
    public final List<String> languages;
    public final List<String> roles;
    public final String memberSince;

    private OwnProfile(User user) {
        Profile profile = user.profile();
        this.id = user.id().toString();
        this.email = user.email().value();
        this.emailVerified = user.isEmailVerified();
        this.name = profile.name();
        this.bio = profile.bio();
        this.avatarUrl = profile.avatarUrl();
        this.phone = profile.phone();
        this.languages = profile.languages();
        this.roles = user.roles().stream().map(Enum::name).sorted().toList();
        this.memberSince = user.createdAt().toString();
    }

    static OwnProfile of(User user) {
        return new OwnProfile(user);
    }
}
