package dev.staybook.listings.internal.domain;

import java.util.UUID;

/**
 * Where the previous page ended: the last item's sort key (an instant for NEWEST, a decimal for the
 * others) and its id, which breaks ties.
 */
public record SearchPosition(SearchSort sort, String key, UUID id) {
}
