package dev.staybook.kernel.error;

/** One rejected input field: its JSON name (dotted for nested fields) and why it was rejected. */
public record FieldError(String field, String message) {
}
