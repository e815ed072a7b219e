package dev.staybook.identity.internal.web;

import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.application.UserAdministration;
import dev.staybook.identity.internal.domain.EmailAddress;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.input.FreeText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration", description = "For administrators: accounts, amenities, event deliveries, mails, jobs run on demand")
public class AdminUserResource {

    @Inject
    UserAdministration administration;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listUsers",
            summary = "List accounts", description = "Ordered by creation; filter by email prefix; keyset pagination.")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<AdminUserResponse> list(
            @QueryParam("email") @Size(max = 254) String email,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") String cursor) {
        requireAdmin();
        if (!FreeText.isSingleLine(email)) {
            // a NUL reached PostgreSQL, which stores none in text: a 500
            throw InvalidInput.field("email", FreeText.singleLineMessage());
        }
        UUID after = cursor == null ? null : afterId(cursor);
        String prefix = email == null || email.isBlank() ? null : EmailAddress.canonical(email);
        List<User> users = administration.page(prefix, after, limit + 1);
        String next = users.size() > limit ? Cursor.encode(users.get(limit - 1).id().toString()) : null;
        return new Page<>(users.stream().limit(limit).map(AdminUserResponse::of).toList(), next);
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suspendUser",
            summary = "Suspend an account", description = "It can no longer sign in; its sessions and access tokens end at once.")
    @APIResponse(responseCode = "200", description = "The suspended account")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AdminUserResponse suspend(@PathParam("id") String id, @Valid @NotNull SuspendRequest body) {
        Caller administrator = currentUser.require();
        administrator.requireRole(Role.ADMIN);
        if (!FreeText.isMultiLine(body.reason())) {
            // published with the suspension, for the modules that act on it
            throw InvalidInput.field("reason", FreeText.multiLineMessage());
        }
        return AdminUserResponse.of(administration.suspend(administrator.id(), userId(id), body.reason()));
    }

    @POST
    @Path("/{id}/reinstate")
    @Operation(operationId = "reinstateUser", summary = "Reinstate a suspended account")
    @APIResponse(responseCode = "200", description = "The active account")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AdminUserResponse reinstate(@PathParam("id") String id) {
        requireAdmin();
        return AdminUserResponse.of(administration.reinstate(userId(id)));
    }

    private void requireAdmin() {
        currentUser.require().requireRole(Role.ADMIN);
    }

    private static UUID afterId(String cursor) {
        try {
            return UUID.fromString(Cursor.decode(cursor, 1).get(0));
        } catch (IllegalArgumentException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }

    private static UserId userId(String id) {
        try {
            return UserId.parse(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("user-not-found", "There is no such user.");
        }
    }
}
