package dev.staybook.app.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for browser apps served from other origins ({@code STAYBOOK_CORS_ALLOWED_ORIGINS}, a comma-separated list of
 * origins such as {@code https://app.example.com}; none by default, when browsers allow same-origin calls only). A
 * preflight from an allowed origin is answered here, before the API sees it; an answer to an allowed origin names it
 * and exposes the headers clients read. Without credentials: the API takes bearer tokens, not cookies.
 */
public class CrossOriginRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Idempotency-Key, If-Match, If-None-Match";
    static final String EXPOSED_HEADERS = "Location, Retry-After, Idempotent-Replayed, WWW-Authenticate, X-Cache, Content-Disposition";
    private static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

    @Inject
    @ConfigProperty(name = "staybook.cors.allowed-origins")
    Optional<String> allowedOriginsSetting;

    private Set<String> allowedOrigins;

    @Override
    public void init() {
        allowedOrigins = allowedOriginsSetting.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(origin -> !origin.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null || !allowedOrigins.contains(origin)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.addHeader("Vary", "Origin");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        chain.doFilter(request, response);
    }
}
