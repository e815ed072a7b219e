package dev.staybook.app.problem;

import dev.staybook.app.json.MalformedJson;
import dev.staybook.jdbc.ViolatedConstraint;
import dev.staybook.kernel.error.DomainException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Looks through wrappers (transaction and persistence exceptions) for a cause that
 * has a proper answer; otherwise logs the failure under a reference and answers 500 with only that
 * reference: a stack trace never leaves the server.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final long DATABASE_RETRY_SECONDS = 5;
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        String path = uriInfo.getRequestUri().getRawPath();
        Optional<Response> bodyFailure = Problems.bodyFailure(failure, path);
        if (bodyFailure.isPresent()) {
            return bodyFailure.get();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return DomainExceptionMapper.toResponse(domain, path);
            }
            if (cause instanceof JsonbException) {
                return Problems.response(400, "malformed-json", MalformedJson.DETAIL, path, MisreadProperties.in(failure)).build();
            }
            if (cause instanceof OptimisticLockException) {
                return Problems.response(409, "concurrent-update",
                        "Someone else changed this at the same time. Reload and try again.", path).build();
            }
            if (isConnectionFailure(cause)) {
                return Problems.response(503, "database-unavailable",
                        "The service is temporarily unavailable. Try again shortly.", path)
                        .header("Retry-After", DATABASE_RETRY_SECONDS).build();
            }
            if (isTransactionRollback(cause)) {
                return Problems.response(503, "try-again",
                        "This collided with another change at the same moment and was undone. Try again.", path)
                        .header("Retry-After", 1).build();
            }
            if (cause instanceof ValidationException || cause instanceof WebApplicationException) {
                break; // their own mappers handle them when thrown directly; wrapped, they are bugs
            }
        }
        var constraint = ViolatedConstraint.in(failure);
        if (constraint.isPresent()) {
            return Problems.response(409, "conflict", "The request conflicts with existing data.", path).build();
        }
        return internalError(failure, path);
    }

    static Response internalError(Throwable failure, String path) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference + " at " + path, failure);
        return Problems.response(500, "internal-error",
                "Something went wrong on our side. Reference: " + reference, path).build();
    }

    /** SQLSTATE class 40: PostgreSQL undid the transaction (a deadlock or a serialization failure); trying again works. */
    private static boolean isTransactionRollback(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40");
    }

    /**
     * SQLSTATE class 08 is "connection exception" (the network or the proxy went); 57P01, 57P02 and 57P03 are what
     * PostgreSQL tells the connections it ends when it shuts down (admin shutdown, crash shutdown, cannot connect
     * now): what a request in flight sees when the database is stopped under it.
     */
    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException) {
            return true;
        }
        String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state));
    }
}
