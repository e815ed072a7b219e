package dev.staybook.app.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries: HSTS (browsers reach the API over HTTPS only, also behind a TLS proxy), no MIME
 * sniffing, no framing, no referrer, and a content security policy that lets an API answer run nothing. Answers
 * that carry tokens or a signed-in user's data ({@code /auth/*}, any request with an Authorization header) are
 * never stored by a browser or a shared cache.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        if (request.getHeader("Authorization") != null || request.getRequestURI().startsWith("/api/v1/auth/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
