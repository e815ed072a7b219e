package dev.staybook.app.problem;

import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.DomainException;
import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.Gone;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.PayloadTooLarge;
import dev.staybook.kernel.error.PreconditionFailed;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.kernel.error.ServiceUnavailable;
import dev.staybook.kernel.error.TooManyRequests;
import dev.staybook.kernel.error.Unauthenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The modules' failures: each kind has its status; the code, detail and extension members pass through unchanged. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(DomainException failure) {
        return toResponse(failure, uriInfo.getRequestUri().getRawPath());
    }

    static Response toResponse(DomainException failure, String path) {
        var response = Problems.response(problemOf(failure, path));
        if (failure instanceof Unauthenticated) {
            String error = "invalid-token".equals(failure.code()) ? ", error=\"invalid_token\"" : "";
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"staybook\"" + error);
        }
        if (failure instanceof TooManyRequests tooMany) {
            response.header("Retry-After", tooMany.retryAfter().toSeconds());
        }
        if (failure instanceof ServiceUnavailable unavailable) {
            response.header("Retry-After", unavailable.retryAfter().toSeconds());
        }
        return response.build();
    }

    /** The failure's code, detail and extension members, and the fields at fault of invalid input. */
    static Problem problemOf(DomainException failure, String path) {
        List<FieldError> errors = failure instanceof InvalidInput invalid ? invalid.errors() : null;
        return Problem.of(statusOf(failure), failure.code(), failure.detail(), path, errors, failure.extensions());
    }

    private static int statusOf(DomainException failure) {
        if (failure instanceof NotFound) {
            return 404;
        } else if (failure instanceof Conflict) {
            return 409;
        } else if (failure instanceof Gone) {
            return 410;
        } else if (failure instanceof Forbidden) {
            return 403;
        } else if (failure instanceof Unauthenticated) {
            return 401;
        } else if (failure instanceof PreconditionFailed) {
            return 412;
        } else if (failure instanceof PayloadTooLarge) {
            return 413;
        } else if (failure instanceof RuleViolation) {
            return 422;
        } else if (failure instanceof TooManyRequests) {
            return 429;
        } else if (failure instanceof ServiceUnavailable) {
            return 503;
        }
        return 400;
    }
}
