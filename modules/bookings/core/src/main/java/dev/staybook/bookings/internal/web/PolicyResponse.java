package dev.staybook.bookings.internal.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cancellation policy a booking is (or would be) under. */
@Schema(requiredProperties = {"name", "version", "summary"})
public record PolicyResponse(@Schema(ref = "CancellationPolicyChoice") String name, int version, String summary) {
}
