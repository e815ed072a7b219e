package dev.staybook.notifications.internal.persistence;

import dev.staybook.identity.api.PersonalDataExport;
import dev.staybook.identity.api.UserId;
import dev.staybook.jdbc.PersonalRows;
import dev.staybook.notifications.internal.domain.MailStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * The mails to a user: their part of the data export (the mails sent to them that are still kept, which the
 * retention purge bounds to its period; the bodies are left out, the user received them), and, once the account is
 * deleted, all of them go, whatever their status: nothing more is sent to it, and the sent ones are personal data.
 * Both found through mails_recipient_user_idx.
 */
@ApplicationScoped
public class AccountNotifications implements PersonalDataExport {

    private static final String SENT = """
            SELECT kind AS "kind", subject AS "subject", sent_at AS "sentAt"
            FROM notifications.mails WHERE recipient_user_id = ? AND status = '%s'
            ORDER BY created_at DESC, id DESC""".formatted(MailStatus.SENT.name());
    private static final String FORGET = "DELETE FROM notifications.mails WHERE recipient_user_id = ?";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object exportFor(UserId user) {
        return PersonalRows.list(dataSource::getConnection, SENT, user.value());
    }

    /** Deletes every mail to the deleted account; returns how many there were. */
    public int forgetMailsTo(UserId user) {
        return PersonalRows.update(dataSource::getConnection, FORGET, user.value());
    }
}
