package dev.staybook.app.problem;

import dev.staybook.kernel.error.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Bean Validation failures of request bodies and parameters: 400 with every bad field named as the
 * client wrote it ({@code email}, {@code address.city}, or the query parameter's name).
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    private static final Logger LOG = Logger.getLogger(ValidationExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ValidationException failure) {
        String path = uriInfo.getRequestUri().getRawPath();
        if (!(failure instanceof ConstraintViolationException violations) || hasReturnValueViolation(violations)) {
            LOG.log(Level.SEVERE, "Invalid validation setup or response", failure);
            return Problems.response(500, "internal-error", "Something went wrong on our side.", path).build();
        }
        List<FieldError> errors = violations.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return Problems.response(400, "invalid-input", "The request has invalid fields.", path, errors).build();
    }

    private static boolean hasReturnValueViolation(ConstraintViolationException violations) {
        return violations.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath)
                .flatMap(p -> StreamSupport.stream(p.spliterator(), false))
                .anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE);
    }

    /** Drops the method and parameter nodes: "register.body.email" becomes "email"; a bare parameter keeps its name. */
    static String fieldName(Path path) {
        List<Path.Node> nodes = StreamSupport.stream(path.spliterator(), false).toList();
        String properties = nodes.stream()
                .filter(n -> n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(n -> n.getIndex() != null ? n.getName() + "[" + n.getIndex() + "]" : n.getName())
                .filter(name -> name != null && !name.isEmpty())
                .collect(Collectors.joining("."));
        if (!properties.isEmpty()) {
            return properties;
        }
        return nodes.stream().filter(n -> n.getKind() == ElementKind.PARAMETER).map(Path.Node::getName)
                .reduce((first, last) -> last).orElse("body");
    }
}
