package dev.staybook.bookings.internal.web;

import dev.staybook.bookings.internal.domain.Guests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** A digest of what a booking request asks for, to tell a retry from a different request under one key. */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(PlaceBookingRequest body, Guests guests) {
        return of(body.listingId(), body.checkIn(), body.checkOut(), guests, body.message());
    }

    /**
     * The same digest for the same request whether it came over REST or GraphQL, and whether its adults came as
     * {@code guests} or {@code adults}.
     */
    public static String of(String listingId, LocalDate checkIn, LocalDate checkOut, Guests guests, String message) {
        String canonical = String.join("\u001f", listingId.strip().toLowerCase(), checkIn.toString(),
                checkOut.toString(), canonical(guests), message == null ? "" : message);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Adults alone as the single number digested before the breakdown: a key stored then still matches its retry. */
    private static String canonical(Guests guests) {
        return guests.adultsOnly() ? Integer.toString(guests.adults())
                : "%d/%d/%d/%d".formatted(guests.adults(), guests.children(), guests.infants(), guests.pets());
    }
}
