package dev.staybook.app.diagnostics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * When {@code staybook.diagnostics.statement-count} is on (the system tests), answers every request with
 * {@code X-Statement-Count}: the SQL statements Hibernate ran for it before the response body was
 * written. Tests use it to prove that lists are fetched in batches, not one query per item (N+1).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Statement-Count";

    @Inject
    StatementCountHeader header;
    /** Read once: every request passes this filter, and the switch does not change while the server runs. */
    private boolean enabled;

    @Override
    public void init() {
        enabled = header.on();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter.reset();
        chain.doFilter(request, new CountOnFirstWrite(response));
    }

    /** Sets the header just before the body starts, when every statement of the request has run. */
    private static final class CountOnFirstWrite extends HttpServletResponseWrapper {

        private boolean counted;

        CountOnFirstWrite(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            count();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            count();
            return super.getWriter();
        }

        private void count() {
            if (!counted) {
                counted = true;
                setHeader(HEADER, Integer.toString(StatementCounter.count()));
            }
        }
    }
}
