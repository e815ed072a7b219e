package dev.staybook.it.reviews;

import dev.staybook.it.support.Json;

/** Request bodies of reviews. */
final class ReviewBodies {

    private ReviewBodies() {
    }

    /** A guest's review of a listing: overall and every aspect (the aspects 5, 4, 5, 5, 4, 4). */
    static String ofListing(int overall, String text) {
        return Json.of("overall", overall, "cleanliness", 5, "accuracy", 4, "communication", 5, "location", 5, "checkIn", 4,
                "value", 4, "text", text);
    }

    /** A host's review of a guest: overall only. */
    static String ofGuest(int overall, String text) {
        return Json.of("overall", overall, "text", text);
    }
}
