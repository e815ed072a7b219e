package dev.staybook.identity.internal.web;

import dev.staybook.identity.internal.application.PersonalDataArchive;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /users/me/export: the caller's data, one section per module. */
@Schema(name = "PersonalDataArchive", description = "Everything held about the caller, one section per module.")
public record PersonalDataArchiveResponse(
        @Schema(required = true, format = "uuid") String userId,
        @Schema(required = true) Instant exportedAt,
        @Schema(required = true, description = "account (email, profile, roles, status, sign-in sessions), bookings (asGuest,"
                + " asHost), listings (hosted, wishlists), messages (conversations, written), payments (payments, payouts,"
                + " payoutAccounts with a masked account id), reviews (written, received once published),"
                + " notifications (mails sent and still kept: kind, subject, sentAt)")
        Map<String, Object> sections) {

    static PersonalDataArchiveResponse of(PersonalDataArchive.Archive archive) {
        return new PersonalDataArchiveResponse(archive.userId(), archive.exportedAt(), archive.sections());
    }
}
