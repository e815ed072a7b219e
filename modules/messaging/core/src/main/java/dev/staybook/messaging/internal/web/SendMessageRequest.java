package dev.staybook.messaging.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message to send. */
public record SendMessageRequest(@NotBlank @Size(max = 5000) String text) {
}
