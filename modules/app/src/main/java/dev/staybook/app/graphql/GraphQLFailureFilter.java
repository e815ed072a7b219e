package dev.staybook.app.graphql;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Java class names out of the GraphQL endpoint's errors (see {@link ErrorExtensions}), turns its three
 * known failures on bad requests into GraphQL errors with 400 (a malformed body never reaches it: see
 * {@link GraphQLRequestLimits}), and logs anything else it throws
 * (config/server.xml hides the container's own report of servlet failures, which would otherwise log every
 * bad query as a server error).
 *
 * <ul>
 *   <li>A query that does not match the schema: Liberty's MicroProfile GraphQL (26.0.0.3) throws
 *       {@code NoSuchMethodError} while describing any validation error, because its SmallRye calls a
 *       method the bundled graphql-java no longer has (OpenLiberty issue 29764). The container does not
 *       say which rule the query broke, so the answer points at the schema.</li>
 *   <li>An {@code operationName} the query does not define: graphql-java's exception escapes.</li>
 *   <li>A number literal that does not fit its argument's type ({@code guests: 1.5}, {@code limit: 1e400}).</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/graphql/*", asyncSupported = true)
public class GraphQLFailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(GraphQLFailureFilter.class.getName());
    static final String INVALID_QUERY = "The query does not match the schema: a field, argument, type or variable is "
            + "unknown or has the wrong type. The schema is at /graphql/schema.graphql.";
    private static final String UNKNOWN_OPERATION = "graphql.execution.UnknownOperationException";
    private static final String NUMBER_SCALARS = "io.smallrye.graphql.scalar.number.";
    static final String NUMBER_OUT_OF_TYPE = "A number in the query does not fit its argument's type: an Int is a whole number "
            + "of at most 2147483647, and no number may be as large as 1e400.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BufferedResponse buffered = new BufferedResponse(response);
        try {
            chain.doFilter(request, buffered);
            if (!response.isCommitted()) {
                // committed: the container's error page already answered through the wrapper's sendError
                writeRedacted(buffered, response);
            }
        } catch (ServletException | IOException | RuntimeException | LinkageError failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            Throwable unknownOperation = causeNamed(failure, UNKNOWN_OPERATION);
            if (causedBy(failure, NoSuchMethodError.class, "graphql.validation.ValidationError")) {
                respondBadRequest(response, INVALID_QUERY, "ValidationError");
            } else if (unknownOperation != null) {
                respondBadRequest(response, unknownOperation.getMessage(), "ValidationError");
            } else if (isNumberLiteralOutOfType(failure)) {
                respondBadRequest(response, NUMBER_OUT_OF_TYPE, "ValidationError");
            } else {
                LOG.log(Level.SEVERE, "GraphQL request failed", failure);
                throw failure;
            }
        }
    }

    /**
     * Writes the endpoint's answer without the exception class names it may carry (see ErrorExtensions), with 400 when
     * it refused the request before running any of it (a variable of the wrong shape: the endpoint answers those 200,
     * the same mistake in the query itself 400).
     */
    private static void writeRedacted(BufferedResponse buffered, HttpServletResponse response) throws IOException {
        byte[] body = buffered.body();
        Charset charset = buffered.charset();
        String text = new String(body, charset);
        String contentType = buffered.getContentType();
        if (contentType != null && contentType.contains("json") && (text.contains("\"exception\"") || text.contains("ValidationError"))) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                JsonObject answer = reader.readObject();
                if (ErrorExtensions.refusedBeforeRunning(answer)) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                }
                body = ErrorExtensions.redact(answer).toString().getBytes(charset);
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * SmallRye's number scalars, checking a literal ({@code guests: 1.5}, {@code limit: 1e400}) for graphql-java's
     * validation, throw an ArithmeticException (rounding necessary, overflow) that escapes as a 500: the query's mistake.
     */
    private static boolean isNumberLiteralOutOfType(Throwable failure) {
        return firstCause(failure, cause -> cause instanceof ArithmeticException && Arrays.stream(cause.getStackTrace())
                .limit(8).anyMatch(frame -> frame.getClassName().startsWith(NUMBER_SCALARS))) != null;
    }

    /** graphql-java's classes are the feature's, not visible to the application: matched by name. */
    private static Throwable causeNamed(Throwable failure, String className) {
        return firstCause(failure, cause -> cause.getClass().getName().equals(className));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type, String messagePart) {
        return firstCause(failure, cause -> type.isInstance(cause) && (messagePart == null
                || (cause.getMessage() != null && cause.getMessage().contains(messagePart)))) != null;
    }

    /** The failure itself or the first of its causes that is so, or null. */
    private static Throwable firstCause(Throwable failure, Predicate<Throwable> wanted) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (wanted.test(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static void respondBadRequest(HttpServletResponse response, String message, String classification)
            throws IOException {
        respondBadRequest(response, message, classification, null);
    }

    /** A 400 in GraphQL's own error format, with the problem's code in extensions.code when there is one. */
    static void respondBadRequest(HttpServletResponse response, String message, String classification, String code)
            throws IOException {
        respond(response, HttpServletResponse.SC_BAD_REQUEST, message, classification, code);
    }

    /** An answer in GraphQL's own error format, with the problem's code in extensions.code when there is one. */
    static void respond(HttpServletResponse response, int status, String message, String classification, String code)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var extensions = Json.createObjectBuilder().add("classification", classification);
        if (code != null) {
            extensions.add("code", code);
        }
        response.getWriter().write(Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("message", message)
                        .add("extensions", extensions)))
                .build().toString());
    }
}
