package dev.staybook.kernel.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A failure the caller can act on. {@link #code()} is a stable, machine-readable slug (for example
 * {@code email-taken}) that clients may switch on; the message is the human-readable detail.
 * Subclasses name the kind, which decides the HTTP status. {@link #extensions()} carries what a client needs to act
 * on beyond the code (RFC 9457 extension members), so that no client has to read it out of the detail.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What problem documents and GraphQL errors already use: an extension member must not redefine them. */
    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code", "errors",
            "classification", "exception");

    private final String code;
    private final String detail;
    private final transient Map<String, Object> extensions = new LinkedHashMap<>();

    protected DomainException(String code, String detail) {
        super(detail, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    /** What went wrong, in a sentence for the client (the problem document's detail). */
    public String detail() {
        return detail;
    }

    /**
     * Adds an extension member, such as the new {@code total} of a stay whose price changed, while the failure is
     * built: {@code throw new Conflict(...).with("total", total)}. The value is one the API writes anyway (Money,
     * text, a number); the problem document carries it beside {@code code}, a GraphQL error in its extensions.
     */
    public DomainException with(String member, Object value) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(value, "value");
        if (RESERVED.contains(member)) {
            throw new IllegalArgumentException(member + " is a member every problem has, not an extension");
        }
        extensions.put(member, value);
        return this;
    }

    /** The extension members in the order they were added; empty for most failures. */
    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }
}
