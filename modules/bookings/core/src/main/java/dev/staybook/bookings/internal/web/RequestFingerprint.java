package dev.staybook.bookings.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A digest of what a booking request asks for, to tell a retry from a different request under one key. */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(PlaceBookingRequest body) {
        String canonical = String.join("\u001f", body.listingId().strip().toLowerCase(), body.checkIn().toString(),
                body.checkOut().toString(), body.guests().toString(), body.message() == null ? "" : body.message());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
