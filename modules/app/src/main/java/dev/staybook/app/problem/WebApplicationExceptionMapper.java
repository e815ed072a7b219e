package dev.staybook.app.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;

/**
 * Failures the JAX-RS runtime raises itself: unknown path (404), wrong method (405, keeping Allow),
 * unsupported or unacceptable media type (415, 406), unreadable body (400).
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

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException failure) {
        Optional<Response> tooLarge = Problems.bodyTooLarge(failure, uriInfo.getRequestUri().getRawPath());
        if (tooLarge.isPresent()) {
            return tooLarge.get();
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

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request body could not be read: send valid JSON of the documented shape.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support the method; see the Allow header.";
            case 406 -> "This address answers with application/json only.";
            case 415 -> "Send the body in the media type the operation takes (the OpenAPI document says which): "
                    + "application/json for most, multipart/form-data for photo uploads.";
            default -> "The request cannot be processed.";
        };
    }
}
