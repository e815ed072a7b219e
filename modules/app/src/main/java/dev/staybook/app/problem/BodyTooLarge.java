package dev.staybook.app.problem;

import java.io.IOException;

/** A request body went past the limit while it was read: answered 413, whoever was reading it. */
public class BodyTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The detail of the 413 problem. */
    public static String detail(long limit) {
        return "The request body is larger than " + limit + " bytes.";
    }
}
