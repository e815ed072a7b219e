package dev.staybook.bookings.internal.web;

import jakarta.validation.constraints.Size;

/** An optional reason given when declining or cancelling. */
public record ReasonRequest(@Size(max = 500) String reason) {
}
