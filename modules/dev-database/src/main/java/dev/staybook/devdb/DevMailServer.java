package dev.staybook.devdb;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.reflect.Method;

/**
 * A real SMTP and IMAP server for the system tests (GreenMail): the test server sends its mails here
 * over SMTP, and the tests read each recipient's mailbox over IMAP. Authentication is off, so any
 * address receives mail and any login opens that address's mailbox. Arguments:
 * {@code <smtp-port> <imap-port>}, on loopback. Runs in the Maven JVM (exec:java) for the life of the
 * build, on daemon threads and a class loader of its own ({@link DaemonStart}).
 */
public final class DevMailServer {

    private DevMailServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DevMailServer <smtp-port> <imap-port>");
        }
        int smtp = Integer.parseInt(args[0]);
        int imap = Integer.parseInt(args[1]);
        ClassLoader kept = DaemonStart.keptOpenCopyOf(DevMailServer.class.getClassLoader());
        Method start = kept.loadClass(DevMailServer.class.getName()).getDeclaredMethod("start", int.class, int.class);
        start.setAccessible(true);
        DaemonStart.run("staybook-mail-server", kept, () -> start.invoke(null, smtp, imap));
        System.out.printf("[staybook] mail server: SMTP on %d, IMAP on %d%n", smtp, imap);
    }

    private static void start(int smtp, int imap) {
        new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .start();
    }
}
