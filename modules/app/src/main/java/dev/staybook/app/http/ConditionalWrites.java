package dev.staybook.app.http;

import dev.staybook.kernel.error.PreconditionFailed;
import dev.staybook.kernel.http.HonorsIfMatch;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * A write made conditional on an entity tag (If-Match with a tag, If-None-Match) or a modification date
 * (If-Unmodified-Since) that its resource does not keep cannot be known to hold: RFC 9110 (13.1.1, 13.1.2, 13.1.4) says
 * not to apply it, and 412. They were ignored, and a client that sent them to avoid overwriting another's change
 * overwrote it. If-Match: * (the resource exists) holds whenever the operation finds its resource. Resource methods that
 * compare If-Match themselves ({@link HonorsIfMatch}) get it through; no write compares If-None-Match (which on a write
 * asks that the resource not exist yet, or not be as tagged).
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
@ApplicationScoped
public class ConditionalWrites implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        boolean unheldTag = ifMatch != null && !ifMatch.strip().equals("*") && !honorsIfMatch();
        if (unheldTag || request.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeaderString(HttpHeaders.IF_UNMODIFIED_SINCE) != null) {
            throw new PreconditionFailed("precondition-failed", "This write cannot be made conditional on an entity tag or a "
                    + "modification date (If-Match, If-None-Match, If-Unmodified-Since): only a listing's changes "
                    + "(PATCH /listings/{id}) take If-Match. The condition cannot hold, and nothing was changed. Send the "
                    + "request without it.");
        }
    }

    private boolean honorsIfMatch() {
        Method method = resource.getResourceMethod();
        return method != null && method.isAnnotationPresent(HonorsIfMatch.class);
    }
}
