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
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the operation does not have is refused, 400 invalid-input naming it, as a body's unknown property
 * is: a misspelt filter ({@code ?stauts=CONFIRMED}) was dropped without a word and the answer looked right, every
 * booking instead of the confirmed ones. The parameters an operation has are those its method declares
 * ({@code @QueryParam}, also in a {@code @BeanParam}), which are also what the OpenAPI document lists. A parameter
 * sent twice ({@code ?city=Paris&city=Lyon}) is refused the same way unless it is declared as a collection: the
 * runtime would take one of the values without a word. Runs after the token check, so a caller without a valid token
 * still learns nothing of the operation's input.
 */
@Provider
@Priority(Priorities.USER)
@ApplicationScoped
public class KnownQueryParameters implements ContainerRequestFilter {

    /** Each operation's parameters, true for those that may be repeated (declared as a collection). */
    private final Map<Method, Map<String, Boolean>> parametersOf = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getUriInfo().getRequestUri().getRawQuery() == null) {
            return;
        }
        Map<String, Boolean> known = parametersOf.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        List<FieldError> refused = request.getUriInfo().getQueryParameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(sent -> problemOf(sent.getKey(), sent.getValue().size(), known).stream()).toList();
        if (!refused.isEmpty()) {
            throw new InvalidInput(refused.size() == 1 ? "The request has an invalid query parameter."
                    : "The request has invalid query parameters.", refused);
        }
    }

    private static Optional<FieldError> problemOf(String name, int times, Map<String, Boolean> known) {
        if (!known.containsKey(name)) {
            return Optional.of(new FieldError(name, "is not a parameter of this request"));
        }
        if (times > 1 && !known.get(name)) {
            return Optional.of(new FieldError(name, "must be given once"));
        }
        return Optional.empty();
    }

    private static Map<String, Boolean> declaredBy(Method method) {
        Map<String, Boolean> names = new HashMap<>();
        for (Parameter parameter : method.getParameters()) {
            addName(parameter, parameter.getType(), names);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    addName(field, field.getType(), names);
                }
                for (Method setter : parameter.getType().getMethods()) {
                    addName(setter, setter.getParameterCount() == 1 ? setter.getParameterTypes()[0] : Object.class, names);
                }
            }
        }
        return Map.copyOf(names);
    }

    private static void addName(AnnotatedElement element, Class<?> type, Map<String, Boolean> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.put(query.value(), Collection.class.isAssignableFrom(type));
        }
    }
}
