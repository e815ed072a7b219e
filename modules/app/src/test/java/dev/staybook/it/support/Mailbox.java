package dev.staybook.it.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The mailbox of one address on the build's mail server (DevMailServer), read over IMAP with Jakarta
 * Mail the way a mail client would. Every test user has an address of their own, so tests never see
 * each other's mail.
 */
public final class Mailbox {

    private static final String HOST = System.getProperty("staybook.mail.imap.host", "127.0.0.1");
    private static final int PORT = Integer.getInteger("staybook.mail.imap.port", 3143);

    private Mailbox() {
    }

    /** A mail as received. */
    public record Received(String subject, String from, String to, String messageId, String body) {
    }

    /** Waits for the first mail whose subject contains the text. */
    public static Received awaitMail(String address, String subjectPart) {
        return Eventually.value("a mail '" + subjectPart + "' to " + address,
                () -> Optional.ofNullable(read(address).stream().filter(m -> m.subject().contains(subjectPart)).findFirst().orElse(null)));
    }

    /** How many mails whose subject contains the text the address has received so far. */
    public static long count(String address, String subjectPart) {
        return read(address).stream().filter(m -> m.subject().contains(subjectPart)).count();
    }

    public static List<Received> read(String address) {
        try {
            try {
                return readOnce(address);
            } catch (MessagingException dropped) {
                // GreenMail creates an address's user on its first mail and on its first login; when both happen at once,
                // the login's creation fails ("Mailbox ... already exists") and drops the session. The user exists by then.
                return readOnce(address);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    private static List<Received> readOnce(String address) throws MessagingException, IOException {
        Properties imap = new Properties();
        imap.put("mail.imap.host", HOST);
        imap.put("mail.imap.port", String.valueOf(PORT));
        imap.put("mail.imap.connectiontimeout", "5000");
        imap.put("mail.imap.timeout", "5000");
        try (Store store = Session.getInstance(imap).getStore("imap")) {
            store.connect(HOST, PORT, address, "any password: authentication is off");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Received> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(new Received(message.getSubject(), message.getFrom()[0].toString(),
                        message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getHeader("Message-ID")[0],
                        String.valueOf(message.getContent())));
            }
            inbox.close(false);
            return mails;
        }
    }
}
