package dev.staybook.app.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Error page for failures outside the JAX-RS application (unknown paths beside /api, container
 * errors): answers with a problem document instead of the servlet container's HTML page, which
 * would name internal exception classes. Registered in web.xml for every error status.
 */
@WebServlet(name = "ContainerErrorServlet", urlPatterns = "/problem-page")
public class ContainerErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer code ? code : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String code = status == 404 ? "no-such-resource" : status >= 500 ? "internal-error" : "http-" + status;
        String detail = status == 404 ? "There is nothing at this address. The API lives under /api/v1."
                : status >= 500 ? "Something went wrong on our side." : "The request cannot be processed.";
        ServletProblems.send(response, status, code, detail, uri != null ? uri.toString() : request.getRequestURI());
    }
}
