package dev.staybook.app.http;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A query parameter the operation does not have is refused, 400 invalid-input naming it, as a body's unknown property
 * is: a misspelt filter ({@code ?stauts=CONFIRMED}) was dropped without a word and the answer looked right, every
 * booking instead of the confirmed ones. The parameters an operation has are those its method declares
 * ({@code @QueryParam}, also in a {@code @BeanParam}), which are also what the OpenAPI document lists. Runs after the
 * token check, so a caller without a valid token still learns nothing of the operation's input.
 */
@Provider
@Priority(Priorities.USER)
@ApplicationScoped
public class KnownQueryParameters implements ContainerRequestFilter {

    private final Map<Method, Set<String>> parametersOf = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getUriInfo().getRequestUri().getRawQuery() == null) {
            return;
        }
        Set<String> known = parametersOf.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        List<FieldError> unknown = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name)).sorted()
                .map(name -> new FieldError(name, "is not a parameter of this request")).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown.size() == 1 ? "The request has an unknown query parameter."
                    : "The request has unknown query parameters.", unknown);
        }
    }

    private static Set<String> declaredBy(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            addName(parameter, names);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                Stream.concat(Stream.of(parameter.getType().getDeclaredFields()), Stream.of(parameter.getType().getMethods()))
                        .forEach(member -> addName(member, names));
            }
        }
        return Set.copyOf(names);
    }

    private static void addName(AnnotatedElement element, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
    }
}
