package dev.staybook.app.graphql;

import dev.staybook.app.json.OneJsonValue;
import dev.staybook.app.problem.BodyNotReceived;
import dev.staybook.app.problem.BodyTooLarge;
import dev.staybook.app.problem.ServletProblems;
import dev.staybook.identity.api.BearerTokens;
import dev.staybook.identity.api.CurrentUser;
import dev.staybook.kernel.error.ServiceUnavailable;
import dev.staybook.kernel.error.Unauthenticated;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Measures every GraphQL request before the endpoint runs it ({@link QueryLimits}): a query too deep, with too
 * many fields or aliases, or too costly, or a body of more than {@link #MAX_VALUES} JSON values ({@link JsonValueCount})
 * is answered 400 with a GraphQL error whose {@code extensions.code} names the limit, and nothing of it runs; so is a
 * variable holding something other than an Int where the schema says Int ({@link IntVariables}). The body (bounded by
 * the request body limit ahead of this filter) is read here once and handed on unchanged. A body that is not a JSON
 * object with a query string (and, when given, an object of variables and an operation's name) is answered 400 here:
 * the endpoint would fail on it with a 500. A request with an access token that is invalid, expired or of a deleted
 * account is answered 401, as REST answers it (503 when the server cannot check tokens at all).
 */
public class GraphQLRequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Looked up once: Json.createReader looks the provider up on the class path on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String MALFORMED_BODY = "The request body must be JSON: {\"query\": \"...\", \"variables\": {...}}.";
    private static final String INVALID_TOKEN = "The access token is invalid or expired: refresh it or sign in again.";
    /** Values in one request body, variables included: ten times the largest input (a listing with every photo). */
    static final int MAX_VALUES = 5_000;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "staybook.graphql.max-depth", defaultValue = "15")
    int maxDepth;
    @Inject
    @ConfigProperty(name = "staybook.graphql.max-fields", defaultValue = "300")
    int maxFields;
    @Inject
    @ConfigProperty(name = "staybook.graphql.max-aliases", defaultValue = "20")
    int maxAliases;
    @Inject
    @ConfigProperty(name = "staybook.graphql.max-cost", defaultValue = "5000")
    int maxCost;

    private QueryLimits limits;
    /** Read from the served schema by the first query (the schema is complete only once the endpoint has started). */
    private volatile IntVariables intVariables;

    @PostConstruct
    void limits() {
        limits = new QueryLimits(maxDepth, maxFields, maxAliases, maxCost);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (BearerTokens.sent(request.getHeader("Authorization")) && currentUser.caller().isEmpty()) {
            refuseToken(response);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            if (isEndpoint(request) && !"OPTIONS".equals(request.getMethod())) {
                // the runtime's own 405 goes through the container's error page and carries no Allow header
                response.setHeader("Allow", "OPTIONS, POST");
                ServletProblems.send(response, 405, "method-not-allowed",
                        "The GraphQL endpoint takes queries by POST only; see the Allow header.", request.getRequestURI());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyTooLarge tooLarge) {
            response.setHeader("Connection", "close");
            ServletProblems.send(response, 413, "body-too-large", BodyTooLarge.detail(tooLarge.limit()), request.getRequestURI());
            return;
        } catch (BodyNotReceived notReceived) {
            notReceived.log(request.getRequestURI());
            response.setHeader("Connection", "close");
            ServletProblems.send(response, 400, "body-not-received", BodyNotReceived.DETAIL, request.getRequestURI());
            return;
        }
        if (JsonValueCount.exceeds(body, MAX_VALUES)) {
            GraphQLFailureFilter.respondBadRequest(response, "The request holds more than " + MAX_VALUES + " JSON values: no "
                    + "operation's variables need that many.", "ValidationError", "too-many-values");
            return;
        }
        Optional<String> notOneValue = OneJsonValue.problemOf(body);
        if (notOneValue.isPresent()) {
            GraphQLFailureFilter.respondBadRequest(response, notOneValue.get(), "InvalidSyntax", null);
            return;
        }
        JsonObject graphql = readObject(body);
        String malformed = envelopeProblem(graphql);
        if (malformed != null) {
            GraphQLFailureFilter.respondBadRequest(response, malformed, "InvalidSyntax", null);
            return;
        }
        try {
            JsonObject variables = graphql.get("variables") instanceof JsonObject object ? object : null;
            QueryDocument document = limits.check(graphql.getString("query"), variables);
            intVariables(request, response).check(document.variables(), variables);
        } catch (InvalidQuery refused) {
            GraphQLFailureFilter.respondBadRequest(response, refused.getMessage(), "ValidationError", refused.code());
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private IntVariables intVariables(HttpServletRequest request, HttpServletResponse response) {
        if (intVariables == null) {
            intVariables = IntVariables.ofSchema(ServedSchema.read(request, response));
        }
        return intVariables;
    }

    /** The body as a JSON object, or null when it is not one (Parsson refuses deep nesting with a bare RuntimeException). */
    private static JsonObject readObject(byte[] body) {
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue() instanceof JsonObject object ? object : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** What is wrong with the request's envelope (GraphQL over HTTP), or null; the endpoint would answer these 500. */
    private static String envelopeProblem(JsonObject graphql) {
        if (graphql == null) {
            return MALFORMED_BODY;
        }
        if (!(graphql.get("query") instanceof JsonString)) {
            return "The request must have a \"query\" string. " + MALFORMED_BODY;
        }
        if (isPresent(graphql, "variables") && !(graphql.get("variables") instanceof JsonObject)) {
            return "\"variables\" must be a JSON object of the query's variables.";
        }
        if (isPresent(graphql, "operationName") && !(graphql.get("operationName") instanceof JsonString)) {
            return "\"operationName\" must be the name of an operation of the query.";
        }
        return null;
    }

    private static boolean isPresent(JsonObject graphql, String member) {
        return graphql.containsKey(member) && graphql.get(member) != JsonValue.NULL;
    }

    /** The request with the body already read. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the GraphQL endpoint reads synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /**
     * As REST answers: a token that was sent must be valid, even for a query anyone may run; when the server cannot
     * check tokens at all, the answer is its outage (503), not the client's token.
     */
    private void refuseToken(HttpServletResponse response) throws IOException {
        try {
            currentUser.require();
        } catch (ServiceUnavailable outage) {
            response.setHeader("Retry-After", Long.toString(outage.retryAfter().toSeconds()));
            GraphQLFailureFilter.respond(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, outage.detail(), "ExecutionAborted", outage.code());
        } catch (Unauthenticated invalid) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            GraphQLFailureFilter.respond(response, HttpServletResponse.SC_UNAUTHORIZED, INVALID_TOKEN, "ValidationError", "invalid-token");
        }
    }

    /** The endpoint itself, not the schema beside it (GET /graphql/schema.graphql). */
    private static boolean isEndpoint(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/graphql") || path.equals("/graphql/");
    }
}
