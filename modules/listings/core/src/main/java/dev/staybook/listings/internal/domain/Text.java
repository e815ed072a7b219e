package dev.staybook.listings.internal.domain;

/** How free text from hosts is stored: stripped, and blank means absent. */
final class Text {

    private Text() {
    }

    static String optional(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
