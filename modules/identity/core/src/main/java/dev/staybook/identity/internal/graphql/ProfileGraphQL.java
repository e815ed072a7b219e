package dev.staybook.identity.internal.graphql;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.application.AccountService;
import dev.staybook.identity.internal.web.ProfileMergePatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The signed-in user's own account over GraphQL, through the service and the patch reader of /users/me: only
 * the caller's own profile, and only its editable fields, with the same validation.
 */
@GraphQLApi
@ApplicationScoped
public class ProfileGraphQL {

    @Inject
    AccountService accounts;
    @Inject
    CurrentUser currentUser;

    @Query("me")
    @Description("My own account")
    public OwnProfile me() {
        return OwnProfile.of(accounts.account(currentUser.require().id()));
    }

    @Mutation("updateProfile")
    @Description("Change my profile: name, bio, avatarUrl, phone, languages; clear lists optional fields to empty")
    public OwnProfile updateProfile(@Name("profile") @NonNull ProfileInput profile) {
        UserId me = currentUser.require().id();
        return OwnProfile.of(accounts.updateProfile(me, ProfileMergePatch.from(profile.mergePatch())));
    }
}
