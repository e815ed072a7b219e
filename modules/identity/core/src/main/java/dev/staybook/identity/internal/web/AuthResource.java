package dev.staybook.identity.internal.web;

import dev.staybook.identity.internal.application.AccountService;
import dev.staybook.identity.internal.application.EmailVerifications;
import dev.staybook.identity.internal.application.PasswordResets;
import dev.staybook.identity.internal.application.Sessions;
import dev.staybook.identity.internal.application.SignInService;
import dev.staybook.kernel.error.ProblemJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Accounts, sign-in and sessions")
public class AuthResource {

    @Inject
    AccountService accounts;
    @Inject
    SignInService signIn;
    @Inject
    Sessions sessions;
    @Inject
    PasswordResets passwordResets;
    @Inject
    EmailVerifications verifications;
    @Context
    HttpServletRequest request;

    @POST
    @Path("/register")
    @Operation(operationId = "register", summary = "Create an account",
            description = "Email (unique, case-insensitive), a password of 12 to 128 characters that is not a common one, and a "
                    + "display name. Answers 202 alike whether or not the email already has an account (that account's owner "
                    + "is told by mail instead): sign in to use the new account. Unless STAYBOOK_EMAIL_VERIFICATION is none, the new "
                    + "account is mailed a verification token (see verifyEmail). Rate limited per client address and per email.")
    @APIResponse(responseCode = "202", description = "Registered, or the owner of the address was told",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response register(@Valid @NotNull RegisterRequest body) {
        accounts.register(body.email(), body.password(), body.name(), ClientAddress.of(request));
        return Response.accepted(RegistrationResponse.of(body.email())).build();
    }

    @POST
    @Path("/login")
    @Operation(operationId = "login", summary = "Sign in with email and password",
            description = "Returns a short-lived access token and a refresh token. Rate limited per account and per client address.")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public TokenResponse login(@Valid @NotNull LoginRequest body) {
        return TokenResponse.of(signIn.signIn(body.email(), body.password(), ClientAddress.of(request)));
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshTokens", summary = "Exchange a refresh token for new tokens",
            description = "Each refresh token works once. Presenting a used one ends the whole session (reuse detection).")
    @APIResponse(responseCode = "200", description = "New access and refresh tokens")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public TokenResponse refresh(@Valid @NotNull RefreshRequest body) {
        return TokenResponse.of(sessions.rotate(body.refreshToken()));
    }

    @POST
    @Path("/logout")
    @Operation(operationId = "logout",
            summary = "End the session of a refresh token", description = "Idempotent: unknown or ended sessions also answer 204.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "The session is ended")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response logout(@Valid @NotNull RefreshRequest body) {
        sessions.end(body.refreshToken());
        return Response.noContent().build();
    }

    @POST
    @Path("/password/reset-request")
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password reset mail",
            description = "If an active account has the address, mails it a one-time token valid for one hour. Answers 202 alike "
                    + "whether or not an account has the address. Rate limited per client address and per email.")
    @APIResponse(responseCode = "202", description = "Mailed, if an account has the address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PasswordResetResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response requestPasswordReset(@Valid @NotNull PasswordResetRequest body) {
        passwordResets.request(body.email(), ClientAddress.of(request));
        return Response.accepted(PasswordResetResponse.ACCEPTED).build();
    }

    @POST
    @Path("/password/reset")
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with a reset token",
            description = "The token from the reset mail and a new password (the rules of registration). Ends every session of "
                    + "the account. A token works once and for one hour: a used or expired one answers 410, an unknown one 400.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "The password is set; every session of the account has ended")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response confirmPasswordReset(@Valid @NotNull PasswordResetConfirmation body) {
        passwordResets.confirm(body.token(), body.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/email/verify")
    @Operation(operationId = "verifyEmail", summary = "Verify the account's email address with a mailed token",
            description = "The token from the verification mail. Needs no sign-in: holding the token proves the mailbox. A "
                    + "token works once and for three days (STAYBOOK_EMAIL_VERIFICATION_TOKEN_LIFETIME): a used one answers 410 "
                    + "verification-token-used, an expired one 410 verification-token-expired, an unknown one 400. "
                    + "Verifying spends every other token mailed to the account.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "The address is verified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response verifyEmail(@Valid @NotNull EmailVerificationConfirmation body) {
        verifications.verify(body.token());
        return Response.noContent().build();
    }

    /** The name this route had before the public contract (API.md) fixed it as /auth/email/verify; kept for clients of it. */
    @POST
    @Path("/verify-email")
    @Operation(operationId = "verifyEmailUnderItsFormerName", deprecated = true, summary = "Former name of POST /auth/email/verify",
            description = "The same as POST /auth/email/verify, which replaces it.")
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @APIResponse(responseCode = "204", description = "The address is verified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response verifyEmailUnderItsFormerName(@Valid @NotNull EmailVerificationConfirmation body) {
        return verifyEmail(body);
    }
}
