package dev.staybook.identity.api;

/** Whether a request sent a bearer token, valid or not: {@code Authorization: Bearer ...} (the scheme in any case). */
public final class BearerTokens {

    private BearerTokens() {
    }

    public static boolean sent(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
