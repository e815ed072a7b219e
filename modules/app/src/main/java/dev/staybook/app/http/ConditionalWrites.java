package dev.staybook.app.http;

import dev.staybook.kernel.error.PreconditionFailed;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * No resource of the API has an entity tag or a modification date, so a write made conditional on one (If-Match
 * with a tag, If-Unmodified-Since) cannot be known to hold: RFC 9110 (13.1.1, 13.1.4) says not to apply it, and 412.
 * They were ignored, and a client that sent them to avoid overwriting another's change overwrote it. If-Match: *
 * (the resource exists) holds whenever the operation finds its resource.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
@ApplicationScoped
public class ConditionalWrites implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        boolean tagged = ifMatch != null && !ifMatch.strip().equals("*");
        if (tagged || request.getHeaderString(HttpHeaders.IF_UNMODIFIED_SINCE) != null) {
            throw new PreconditionFailed("precondition-failed", "This API has no entity tags or modification dates to make a "
                    + "write conditional on: the If-Match or If-Unmodified-Since condition cannot hold, and nothing was changed. "
                    + "Send the request without it.");
        }
    }
}
