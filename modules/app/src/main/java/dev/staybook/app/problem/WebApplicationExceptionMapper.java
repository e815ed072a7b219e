package dev.staybook.app.problem;

import dev.staybook.app.json.MalformedJson;
import dev.staybook.kernel.error.FieldError;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failures the JAX-RS runtime raises itself: unknown path (404), wrong method (405, keeping Allow),
 * unsupported or unacceptable media type (415, 406), unreadable body (400), a query parameter that is not of its
 * type (400: JAX-RS says 404, which would tell the caller that an existing resource does not exist).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> CODES = Map.of(
            400, "bad-request",
            401, "authentication-required",
            403, "forbidden",
            404, "no-such-resource",
            405, "method-not-allowed",
            406, "not-acceptable",
            415, "unsupported-media-type");

    /** How RESTEasy names the parameter it could not convert, e.g. {@code jakarta.ws.rs.QueryParam("limit")}. */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"([^\"]+)\"\\)");

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException failure) {
        Optional<Response> bodyFailure = Problems.bodyFailure(failure, uriInfo.getRequestUri().getRawPath());
        if (bodyFailure.isPresent()) {
            return bodyFailure.get();
        }
        if (failure instanceof MalformedJson) {
            return Problems.response(400, "malformed-json", failure.getMessage(), uriInfo.getRequestUri().getRawPath()).build();
        }
        Optional<String> unconvertible = unconvertibleQueryParameter(failure);
        if (unconvertible.isPresent()) {
            return Problems.response(400, "invalid-input", "The request has invalid fields.", uriInfo.getRequestUri().getRawPath(),
                    List.of(new FieldError(unconvertible.get(), "is not a value of the documented type"))).build();
        }
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.internalError(failure, uriInfo.getRequestUri().getRawPath());
        }
        String code = CODES.getOrDefault(status, "http-" + status);
        var response = Problems.response(status, code, detailFor(status), uriInfo.getRequestUri().getRawPath());
        String allow = failure.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    private static Optional<String> unconvertibleQueryParameter(WebApplicationException failure) {
        if (!(failure instanceof NotFoundException) || failure.getCause() == null || failure.getMessage() == null) {
            return Optional.empty();
        }
        Matcher parameter = QUERY_PARAMETER.matcher(failure.getMessage());
        return parameter.find() ? Optional.of(parameter.group(1)) : Optional.empty();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request body could not be read: send valid JSON of the documented shape.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support the method; see the Allow header.";
            case 406 -> "This address cannot answer in a media type the Accept header allows: the OpenAPI document says "
                    + "which it gives (application/json for most).";
            case 415 -> "Send the body in the media type the operation takes (the OpenAPI document says which): "
                    + "application/json in UTF-8 for most, multipart/form-data for photo uploads.";
            default -> "The request cannot be processed.";
        };
    }
}
