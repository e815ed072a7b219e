package dev.staybook.identity.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.UserDirectory;
import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.application.AccountDeletion;
import dev.staybook.identity.internal.application.AccountService;
import dev.staybook.identity.internal.application.EmailVerifications;
import dev.staybook.identity.internal.application.PersonalDataArchive;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.ProblemJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Own account and public profiles")
public class UserResource {

    @Inject
    AccountService accounts;
    @Inject
    AccountDeletion deletion;
    @Inject
    PersonalDataArchive archive;
    @Inject
    EmailVerifications verifications;
    @Inject
    UserDirectory directory;
    @Inject
    CurrentUser currentUser;
    @Context
    HttpServletRequest request;

    @GET
    @Path("/me")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getOwnProfile", summary = "The signed-in user's own account")
    @APIResponse(responseCode = "200", description = "The account, with email and phone")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public OwnProfileResponse me() {
        return OwnProfileResponse.of(accounts.account(currentUser.require().id()));
    }

    @PATCH
    @Path("/me")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateOwnProfile", summary = "Update the own profile",
            description = "A JSON merge patch of name, bio, avatarUrl, phone (E.164) and languages (BCP 47 tags). "
                    + "null clears an optional field; other fields are rejected.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(ref = "ProfilePatch")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProfilePatch"))})
    @APIResponse(responseCode = "200", description = "The updated account")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public OwnProfileResponse updateProfile(JsonValue body) {
        UserId me = currentUser.require().id();
        // taken as any JSON value: declared as JsonObject, an array body would fail in the runtime with a 500
        if (!(body instanceof JsonObject patch)) {
            throw InvalidInput.field("body", "must be a JSON object");
        }
        return OwnProfileResponse.of(accounts.updateProfile(me, ProfileMergePatch.from(patch)));
    }

    @GET
    @Path("/me/export")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "exportOwnData", summary = "Download everything held about the signed-in user",
            description = "A JSON archive with one section per module (account and sessions, listings and wishlists, "
                    + "bookings as guest and as host, payments and payouts, reviews, messages, mails sent), holding the "
                    + "caller's data only. Served as an attachment named staybook-export.json.")
    @APIResponse(responseCode = "200", description = "The archive", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PersonalDataArchiveResponse.class)),
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=staybook-export.json",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response export() {
        return Response.ok(PersonalDataArchiveResponse.of(archive.of(currentUser.require().id())), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=staybook-export.json")
                .build();
    }

    @DELETE
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteOwnAccount", summary = "Delete the own account",
            description = "Needs the current password. Refused (409) while the user has stays ahead or under way, as "
                    + "guest or as host (upcoming-stays, upcoming-hosted-stays), or owes money (unpaid-balance). "
                    + "Otherwise the account is anonymized at once: sign-in, refresh and access tokens stop working; "
                    + "the other modules then anonymize what they hold, keeping bookings and the ledger as the law requires.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeleteAccountRequest.class)))
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response deleteAccount(@Valid @NotNull DeleteAccountRequest body) {
        deletion.delete(currentUser.require().id(), body.currentPassword(), ClientAddress.of(request));
        return Response.noContent().build();
    }

    @PUT
    @Path("/me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "changePassword",
            summary = "Change the password", description = "Needs the current password. Ends every session: sign in again.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response changePassword(@Valid @NotNull ChangePasswordRequest body) {
        accounts.changePassword(currentUser.require().id(), body.currentPassword(), body.newPassword(), ClientAddress.of(request));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/me/sessions")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "endAllSessions", summary = "Sign out everywhere",
            description = "Ends every session of the signed-in user on every device, this one included: each refresh token "
                    + "and each access token issued so far stops working at once (401 session-ended, invalid-token). "
                    + "The password stays as it is: sign in again.")
    @APIResponse(responseCode = "204", description = "Every session ended")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response endAllSessions() {
        accounts.endAllSessions(currentUser.require().id());
        return Response.noContent().build();
    }

    @POST
    @Path("/me/verification-mail")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "resendVerificationMail", summary = "Mail another email verification token",
            description = "Mails the account's address a new one-time verification token (older ones keep working until "
                    + "they expire or one is used). 409 email-already-verified once the address is verified, 409 "
                    + "email-verification-off when STAYBOOK_EMAIL_VERIFICATION is none. Rate limited per account.")
    @APIResponse(responseCode = "202", description = "The mail is on its way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationMailResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response resendVerificationMail() {
        verifications.resend(currentUser.require().id());
        return Response.accepted(VerificationMailResponse.ACCEPTED).build();
    }

    @POST
    @Path("/me/host")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "becomeHost", summary = "Become a host",
            description = "Adds the HOST role. Refresh the access token to receive it in the token's groups. Needs a verified "
                    + "email address when STAYBOOK_EMAIL_VERIFICATION is mandatory (403 email-not-verified otherwise).")
    @APIResponse(responseCode = "200", description = "The account, now with the HOST role")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public OwnProfileResponse becomeHost() {
        return OwnProfileResponse.of(accounts.becomeHost(currentUser.requireVerified().id()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPublicProfile",
            summary = "A user's public profile", description = "Never includes the email address or phone number.")
    @APIResponse(responseCode = "200", description = "The public profile")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PublicProfileResponse publicProfile(@PathParam("id") String id) {
        return parse(id).flatMap(directory::publicProfile).map(PublicProfileResponse::of)
                .orElseThrow(() -> new NotFound("user-not-found", "There is no such user."));
    }

    private static Optional<UserId> parse(String id) {
        try {
            return Optional.of(UserId.parse(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
