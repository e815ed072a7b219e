package dev.staybook.app.graphql;

/** A query refused before it runs: unreadable, or beyond a limit; {@code code} goes to the client in extensions.code. */
final class InvalidQuery extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    InvalidQuery(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
