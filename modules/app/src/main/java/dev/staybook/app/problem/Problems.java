package dev.staybook.app.problem;

import dev.staybook.kernel.error.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/** Builds problem responses; every mapper goes through here so they all look alike. */
final class Problems {

    private Problems() {
    }

    static Response.ResponseBuilder response(int status, String code, String detail, String path, List<FieldError> errors) {
        return response(Problem.of(status, code, detail, path, errors, null));
    }

    static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    static Response.ResponseBuilder response(int status, String code, String detail, String path) {
        return response(status, code, detail, path, null);
    }

    /**
     * 413 when the failure comes from a body that went past the limit, 400 when it comes from a body that stopped
     * arriving, whoever read it and however it was wrapped.
     */
    static Optional<Response> bodyFailure(Throwable failure, String path) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return Optional.of(response(413, "body-too-large", BodyTooLarge.detail(tooLarge.limit()), path).build());
            }
            if (cause instanceof BodyNotReceived notReceived) {
                notReceived.log(path);
                return Optional.of(response(400, "body-not-received", BodyNotReceived.DETAIL, path)
                        .header("Connection", "close").build());
            }
        }
        return Optional.empty();
    }
}
