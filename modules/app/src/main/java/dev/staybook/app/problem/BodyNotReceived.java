package dev.staybook.app.problem;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * The request body stopped arriving before its end: the client closed the connection, or stalled past the server's
 * read timeout. The caller's failure, not the server's: answered 400 (to whoever still listens), logged in one line,
 * and nothing of the request is done.
 */
public class BodyNotReceived extends IOException {

    private static final long serialVersionUID = 1L;
    public static final String DETAIL = "The request body stopped before its end: nothing was done. Send the whole request again.";

    private static final Logger LOG = Logger.getLogger(BodyNotReceived.class.getName());

    public BodyNotReceived(IOException cause) {
        super("the request body did not arrive in full: " + cause.getMessage(), cause);
    }

    /** One line, no stack trace: a client that goes away mid-request is ordinary traffic. */
    public void log(String path) {
        LOG.info(() -> "Request body not received at " + path + ": " + getCause());
    }
}
