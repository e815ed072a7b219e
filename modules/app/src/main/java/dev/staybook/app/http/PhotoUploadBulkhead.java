package dev.staybook.app.http;

import dev.staybook.app.problem.ServletProblems;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets at most {@code STAYBOOK_PHOTO_CONCURRENT_UPLOADS} photo uploads (default 1) be read at once, before their
 * bodies are: each holds its file several times over while it is read, checked and stripped (tens of MiB for 10 MiB),
 * and on the default heap two at once turned the liveness check DOWN and six killed the server (measured). An upload
 * waits up to {@link #WAIT} for its turn (one takes well under a second), then is answered 503 {@code uploads-busy}
 * with Retry-After.
 */
public class PhotoUploadBulkhead extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "staybook.photo.concurrent-uploads", defaultValue = "1")
    int concurrentUploads;

    private transient Semaphore turns;

    @PostConstruct
    void turns() {
        if (concurrentUploads < 1) {
            throw new IllegalStateException("staybook.photo.concurrent-uploads must be at least 1, not " + concurrentUploads);
        }
        turns = new Semaphore(concurrentUploads, true);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PhotoUploads.isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean turn;
        try {
            turn = turns.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            response.setHeader("Connection", "close"); // the unread body is not worth reading to keep the connection
            ServletProblems.send(response, 503, "uploads-busy", "Other photos are being uploaded to this server: try again "
                    + "in a few seconds.", request.getRequestURI(), RETRY_AFTER);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
