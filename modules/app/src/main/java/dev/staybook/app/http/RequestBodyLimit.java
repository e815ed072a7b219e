package dev.staybook.app.http;

import dev.staybook.app.problem.BodyTooLarge;
import dev.staybook.app.problem.ServletProblems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds every request body ({@code STAYBOOK_HTTP_MAX_BODY_BYTES}): a declared Content-Length over the limit is
 * answered 413 before a byte is read, and a body without one (chunked) is cut off where it passes the limit, so
 * that no endpoint (the payment webhook reads its whole body before checking the signature) ever holds more.
 * Mapped first in web.xml, ahead of every other filter. Photo uploads ({@code POST /api/v1/listings/{id}/photos})
 * have their own limit: {@code STAYBOOK_PHOTO_MAX_BYTES} for the file and room for the multipart envelope; the
 * listings module checks the file part itself.
 */
public class RequestBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "staybook.http.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "staybook.photo.max-bytes", defaultValue = "10485760")
    long maxPhotoBytes;

    /** The multipart boundaries, part headers and a caption around the file. */
    private static final long MULTIPART_ENVELOPE = 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close"); // the unread body is not worth reading to keep the connection
            ServletProblems.send(response, 413, "body-too-large", BodyTooLarge.detail(limit), request.getRequestURI());
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private long limitFor(HttpServletRequest request) {
        return PhotoUploads.isUpload(request) ? Math.max(maxBytes, maxPhotoBytes + MULTIPART_ENVELOPE) : maxBytes;
    }

    /** The request with its body stream limited. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream body;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedBody(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
