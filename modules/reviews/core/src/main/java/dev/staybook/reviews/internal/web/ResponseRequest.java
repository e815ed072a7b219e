package dev.staybook.reviews.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A host's public answer to a review of their listing. */
public record ResponseRequest(@NotBlank @Size(max = 2000) String text) {
}
