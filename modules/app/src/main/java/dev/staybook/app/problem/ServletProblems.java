package dev.staybook.app.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** Problem documents written by servlet filters and the error page, outside JAX-RS and its exception mappers. */
public final class ServletProblems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletProblems() {
    }

    public static void send(HttpServletResponse response, int status, String code, String detail, String instance) throws IOException {
        Problem problem = Problem.of(status, code, detail, instance, null, null);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }

    /** A 429 or 503 that says when to come back. */
    public static void send(HttpServletResponse response, int status, String code, String detail, String instance, Duration retryAfter)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        send(response, status, code, detail, instance);
    }
}
