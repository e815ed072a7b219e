package dev.staybook.app.json;

import jakarta.ws.rs.BadRequestException;

/** A request body that is not JSON of the documented shape: 400 {@code malformed-json}, whichever reader found it. */
public class MalformedJson extends BadRequestException {

    private static final long serialVersionUID = 1L;

    public static final String DETAIL = "The request body is not valid JSON of the documented shape.";

    public MalformedJson(String detail, Throwable cause) {
        super(detail, cause);
    }

    public MalformedJson(Throwable cause) {
        this(DETAIL, cause);
    }
}
