package dev.staybook.app.http;

import dev.staybook.identity.api.BearerTokens;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.identity.api.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * An operation that needs a token (the contract's {@code @SecurityRequirement(name = "bearer")} on the method or its
 * class: what the OpenAPI document tells clients) answers 401 to a caller without a valid one before it reads their
 * body or parameters, as it would with a valid body: a caller who is not signed in learns nothing of the operation's
 * input rules, and the server parses nothing it would refuse anyway. The operation itself still asks for its caller
 * (CurrentUser keeps the answer for the request) and decides what that caller may do. Operations under {@code /admin}
 * are for administrators only, so they answer 403 to anyone else before the input too. A token that was sent must be
 * valid everywhere, also where none is needed (401 invalid-token), but for the sign-in operations under /auth.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationBeforeInput implements ContainerRequestFilter {

    private static final String BEARER = "bearer";
    private static final String ADMINISTRATION = "/admin/";
    private static final String AUTHENTICATION = "auth/";

    private enum Requirement { NONE, TOKEN, ADMINISTRATOR }

    private final Map<Method, Requirement> requirements = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;
    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Requirement requirement = method == null ? Requirement.NONE : requirements.computeIfAbsent(method, AuthenticationBeforeInput::requirementOf);
        if (requirement == Requirement.ADMINISTRATOR) {
            currentUser.require().requireRole(Role.ADMIN);
        } else if (requirement == Requirement.TOKEN || sentTokenMustBeValid(request)) {
            currentUser.require();
        }
    }

    /**
     * A token that was sent must be valid even where none is needed: an expired one is a 401 that tells the client to
     * refresh it, not a quiet anonymous answer (a host's own draft listing answered 404). Except for signing in and
     * refreshing, which clients often call with the expired token still attached.
     */
    private static boolean sentTokenMustBeValid(ContainerRequestContext request) {
        return BearerTokens.sent(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                && !request.getUriInfo().getPath().replaceFirst("^/", "").startsWith(AUTHENTICATION);
    }

    private static Requirement requirementOf(Method method) {
        if (!declaresBearer(method) && !declaresBearer(method.getDeclaringClass())) {
            return Requirement.NONE;
        }
        Path path = method.getDeclaringClass().getAnnotation(Path.class);
        return path != null && path.value().startsWith(ADMINISTRATION) ? Requirement.ADMINISTRATOR : Requirement.TOKEN;
    }

    private static boolean declaresBearer(AnnotatedElement element) {
        SecurityRequirement requirement = element.getAnnotation(SecurityRequirement.class);
        return requirement != null && BEARER.equals(requirement.name());
    }
}
