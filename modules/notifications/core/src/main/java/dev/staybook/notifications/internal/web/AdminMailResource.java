package dev.staybook.notifications.internal.web;

import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.Page;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.notifications.internal.application.MailQueries;
import dev.staybook.notifications.internal.domain.Mail;
import dev.staybook.notifications.internal.domain.MailRepository.Position;
import dev.staybook.notifications.internal.domain.MailStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/mails")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminMailResource {

    @Inject
    MailQueries queries;
    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listMails", summary = "The mail outbox",
            description = "Mails newest first, all or by status (PENDING, SENT, FAILED), with attempts and the last error.")
    @APIResponse(responseCode = "200", description = "A page of mails")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<MailResponse> list(@QueryParam("status") String status,
                                   @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                   @QueryParam("cursor") String cursor) {
        currentUser.require().requireRole(Role.ADMIN);
        List<Mail> found = queries.page(status(status), position(cursor), limit + 1);
        String next = null;
        if (found.size() > limit) {
            Mail last = found.get(limit - 1);
            next = Cursor.encode(last.createdAt().toString(), last.id().toString());
        }
        return new Page<>(found.stream().limit(limit).map(MailResponse::of).toList(), next);
    }

    private static MailStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MailStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.field("status", "must be one of " + Arrays.toString(MailStatus.values()));
        }
    }

    private static Position position(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            return new Position(Cursor.instant(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException tampered) {
            throw InvalidInput.field("cursor", "is not a cursor this list returned");
        }
    }
}
