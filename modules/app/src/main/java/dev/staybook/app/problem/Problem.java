package dev.staybook.app.problem;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.ProblemJson;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code code} repeats the last segment of {@code type} for clients that
 * prefer a plain string; {@code errors} lists rejected fields for validation problems; {@code extensions} are the
 * failure's own members (such as the new {@code total} of price-changed), written beside the others
 * ({@link ProblemWriter}).
 */
@JsonbTypeSerializer(ProblemWriter.class)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = ProblemJson.MEDIA_TYPE;
    static final String TYPE_BASE = "https://staybook.dev/problems/";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : extensions;
    }

    static Problem of(int status, String code, String detail, String instance, List<FieldError> errors,
                      Map<String, Object> extensions) {
        return new Problem(TYPE_BASE + code, titleFor(status), status, detail, instance, code, errors, extensions);
    }

    /** The status's reason phrase as RFC 9110 names it; JAX-RS 3.1 lacks 422 and keeps 413's older name. */
    static String titleFor(int status) {
        if (status == 422) {
            return "Unprocessable Content";
        }
        if (status == 413) {
            return "Content Too Large";
        }
        Status known = Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
