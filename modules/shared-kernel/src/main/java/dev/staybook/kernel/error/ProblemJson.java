package dev.staybook.kernel.error;

/**
 * The media type of every problem (RFC 9457). Operations that answer 204 on success produce it beside
 * {@code application/json}: their only bodies are problems, so a client may accept just this type (generated
 * clients do) and must not be refused with 406.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }
}
