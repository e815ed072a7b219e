package dev.staybook.listings.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in a listing's export feed URL: 128 random bits, base64url (22 characters). Whoever has the URL reads
 * the feed (other platforms import it without signing in); the host rotates it to shut out those it was given to.
 */
public record CalendarFeedToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static CalendarFeedToken generate() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return new CalendarFeedToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /** Compares in constant time, so that response times do not reveal how much of a guess was right. */
    public boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
