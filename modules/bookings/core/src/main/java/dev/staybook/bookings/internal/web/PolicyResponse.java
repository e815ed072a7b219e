package dev.staybook.bookings.internal.web;

/** The cancellation policy a booking is (or would be) under. */
public record PolicyResponse(String name, int version, String summary) {
}
