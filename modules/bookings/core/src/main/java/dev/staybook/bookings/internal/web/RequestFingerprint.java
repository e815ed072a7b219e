package dev.staybook.bookings.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** A digest of what a booking request asks for, to tell a retry from a different request under one key. */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(PlaceBookingRequest body) {
        return of(body.listingId(), body.checkIn(), body.checkOut(), body.guests(), body.message());
    }

    /** The same digest for the same request whether it came over REST or GraphQL. */
    public static String of(String listingId, LocalDate checkIn, LocalDate checkOut, int guests, String message) {
        String canonical = String.join("\u001f", listingId.strip().toLowerCase(), checkIn.toString(),
                checkOut.toString(), Integer.toString(guests), message == null ? "" : message);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
