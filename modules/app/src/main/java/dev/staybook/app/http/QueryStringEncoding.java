package dev.staybook.app.http;

import dev.staybook.app.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * A query string whose percent-encoding is broken ({@code ?cursor=%%%}, {@code ?q=%zz}) is answered 400 before anything
 * reads it: RESTEasy fails on it with an IllegalArgumentException in whichever parameter it decodes, and again when the
 * problem's {@code instance} is built from the request's address, which ended in a 500.
 */
public class QueryStringEncoding extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** A '%' not followed by two hexadecimal digits. */
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (query != null && query.indexOf('%') >= 0 && BROKEN_ESCAPE.matcher(query).find()) {
            ServletProblems.send(response, 400, "malformed-query",
                    "The query string is not valid percent-encoding: write a '%' as %25.", request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
