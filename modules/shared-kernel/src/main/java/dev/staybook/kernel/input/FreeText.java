package dev.staybook.kernel.input;

/**
 * Rules for text people type that ends up in mail headers, calendars and other people's screens. A single
 * line (a name, a title, a city) must hold no control character at all: a CR or LF in a name would start a
 * new header line in a mail or a new property in an iCalendar feed. Multi-line text (a description, a
 * message) may hold line feeds and tabs, with CRLF and CR read as LF, and nothing else below U+0020. Neither may hold
 * half of a surrogate pair (a JSON "\ud800" alone): no character, which PostgreSQL would have stored as "?".
 */
public final class FreeText {

    private FreeText() {
    }

    /** True if the text has no control character, no line or paragraph separator and no bidi override. */
    public static boolean isSingleLine(String text) {
        return text == null || text.codePoints().noneMatch(FreeText::isForbiddenInLine);
    }

    /** True if the text's only control characters are line feeds, carriage returns and tabs. */
    public static boolean isMultiLine(String text) {
        return text == null || text.codePoints().noneMatch(c -> c != '\n' && c != '\r' && c != '\t' && isForbiddenInLine(c));
    }

    /** The text on one line: every control character, separator and bidi override becomes a space. */
    public static String oneLine(String text) {
        if (text == null || isSingleLine(text)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(isForbiddenInLine(c) ? ' ' : c));
        return line.toString();
    }

    /** The message for a field that broke {@link #isSingleLine}. */
    public static String singleLineMessage() {
        return "must be one line of text without control characters or broken (unpaired surrogate) characters";
    }

    /** The message for a field that broke {@link #isMultiLine}. */
    public static String multiLineMessage() {
        return "must be text without control characters other than line breaks and tabs, nor broken (unpaired surrogate) characters";
    }

    private static boolean isForbiddenInLine(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || Character.getType(codePoint) == Character.SURROGATE // unpaired: a pair reads as one code point
                || codePoint == '\u2028' || codePoint == '\u2029'
                || codePoint >= '\u202A' && codePoint <= '\u202E'
                || codePoint >= '\u2066' && codePoint <= '\u2069';
    }
}
