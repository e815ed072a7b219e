package dev.staybook.app.graphql;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The GraphQL schema as the endpoint serves it at GET /graphql/schema.graphql, read in process (an include, no
 * network) the first time a query needs it: the runtime builds the schema from the application's classes at start and
 * offers no other way to it.
 */
final class ServedSchema {

    private static final Logger LOG = Logger.getLogger(ServedSchema.class.getName());
    private static final String PATH = "/graphql/schema.graphql";

    private ServedSchema() {
    }

    /** The schema's text, or empty when it cannot be read (then logged: the checks that need it are skipped). */
    static String read(HttpServletRequest request, HttpServletResponse response) {
        RequestDispatcher schema = request.getServletContext().getRequestDispatcher(PATH);
        BufferedResponse text = new BufferedResponse(response);
        try {
            schema.include(new AsGet(request), text);
            return new String(text.body(), StandardCharsets.UTF_8);
        } catch (ServletException | IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "The GraphQL schema could not be read from " + PATH + ": Int fields of input objects go unchecked", unreadable);
            return "";
        }
    }

    /** The schema's servlet answers GET only. */
    private static final class AsGet extends HttpServletRequestWrapper {

        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }
    }
}
