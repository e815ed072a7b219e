package dev.staybook.outbox;

/** One line that says why a delivery failed: the innermost cause, which the transaction's wrappers hide. */
final class Failures {

    static final int MAX_LENGTH = 2000;

    private Failures() {
    }

    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().strip().replaceAll("\\s+", " ");
        String line = cause.getClass().getSimpleName() + message;
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH);
    }
}
