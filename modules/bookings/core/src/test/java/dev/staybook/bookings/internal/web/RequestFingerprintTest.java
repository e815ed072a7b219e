package dev.staybook.bookings.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.staybook.bookings.internal.domain.Guests;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final String LISTING = "0190f7c0-0000-7000-8000-000000000001";
    private static final LocalDate IN = LocalDate.parse("2027-03-01");
    private static final LocalDate OUT = LocalDate.parse("2027-03-04");

    private static String of(Guests guests) {
        return RequestFingerprint.of(LISTING, IN, OUT, guests, "hello");
    }

    @Test
    void tellsBreakdownsApartEvenWithTheSameNumberOfPeople() {
        assertNotEquals(of(new Guests(3, 0, 0, 0)), of(new Guests(2, 1, 0, 0)));
        assertNotEquals(of(new Guests(2, 0, 0, 0)), of(new Guests(2, 0, 1, 0)));
        assertNotEquals(of(new Guests(2, 0, 0, 0)), of(new Guests(2, 0, 0, 1)));
        assertNotEquals(of(new Guests(2, 0, 1, 0)), of(new Guests(2, 0, 0, 1)));
    }

    @Test
    void adultsOnlyDigestAsTheSingleNumberDidBeforeTheBreakdown() {
        // SHA-256 of listing, dates, "2" and the message joined by U+001F: what a key stored before the breakdown holds
        assertEquals(sha256(LISTING + "\u001f2027-03-01\u001f2027-03-04\u001f2\u001fhello"), of(Guests.adults(2)));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
