package dev.staybook.reviews.internal.web;

import dev.staybook.reviews.internal.domain.Stars;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A host's public answer to a review of their listing. Its text is checked by {@link Stars} alone, the rule
 * GraphQL follows too (code points after stripping); the schema only describes it.
 */
public record ResponseRequest(@Schema(required = true, maxLength = Stars.MAX_TEXT, pattern = "\\S") String text) {
}
