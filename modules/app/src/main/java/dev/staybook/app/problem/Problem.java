package dev.staybook.app.problem;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.ProblemJson;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code code} repeats the last segment of {@code type} for clients that
 * prefer a plain string; {@code errors} lists rejected fields for validation problems.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = ProblemJson.MEDIA_TYPE;
    static final String TYPE_BASE = "https://staybook.dev/problems/";

    /** The status's reason phrase; JAX-RS 3.1 names most statuses but not 422 (RFC 9110 does). */
    static String titleFor(int status) {
        if (status == 422) {
            return "Unprocessable Content";
        }
        Status known = Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
