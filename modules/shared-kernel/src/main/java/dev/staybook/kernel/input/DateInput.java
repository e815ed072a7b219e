package dev.staybook.kernel.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates from outside (query parameters, JSON bodies, GraphQL arguments): ISO {@code 2027-03-01}, a real date, with a
 * year of four digits from 0001. {@link LocalDate#parse} also takes {@code 0000-01-01}, {@code -0005-01-01} and
 * {@code +10000-01-01}, which PostgreSQL refuses ("date/time field value out of range"): a caller's mistake that
 * would otherwise fail in the database.
 */
public final class DateInput {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DateInput() {
    }

    /** The date the text writes; {@link DateTimeParseException} when it is not one of the dates above. */
    public static LocalDate parse(String text) {
        if (text == null || !FOUR_DIGIT_YEAR.matcher(text).matches() || text.startsWith("0000")) {
            throw new DateTimeParseException("not a date from 0001-01-01 to 9999-12-31", text == null ? "" : text, 0);
        }
        return LocalDate.parse(text);
    }
}
