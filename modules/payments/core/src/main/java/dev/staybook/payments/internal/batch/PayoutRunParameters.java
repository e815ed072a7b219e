package dev.staybook.payments.internal.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.function.Function;

/**
 * The parameters of a payout run. {@code runDate} (default: today, UTC) names the run: restarting it, or
 * starting it again, never pays a host twice for that date. Stays that completed before {@code cutoff}
 * (default: the start of the run date, UTC) are paid.
 */
public record PayoutRunParameters(String runKey, Instant cutoff) {

    /** Fails with {@link IllegalArgumentException}, saying which parameter is wrong, for a date or an instant that is none. */
    public static PayoutRunParameters from(String runDate, String cutoff, LocalDate today) {
        LocalDate date = runDate == null || runDate.isBlank() ? today
                : parsed("runDate", runDate, LocalDate::parse, "an ISO date such as 2027-03-01");
        Instant until = cutoff == null || cutoff.isBlank() ? date.atStartOfDay(ZoneOffset.UTC).toInstant()
                : parsed("cutoff", cutoff, Instant::parse, "an ISO instant such as 2027-03-01T00:00:00Z");
        return new PayoutRunParameters(date.toString(), until);
    }

    /**
     * A count parameter ({@code chunkSize}, {@code partitions}) as given, if any: a whole number from 1 to {@code max},
     * or {@link IllegalArgumentException}.
     */
    public static void requireCount(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return;
        }
        int count = parsed(name, value, Integer::parseInt, "a whole number from 1 to " + max);
        if (count < 1 || count > max) {
            throw new IllegalArgumentException(name + " must be a whole number from 1 to " + max + ", not " + value);
        }
    }

    private static <T> T parsed(String name, String value, Function<String, T> parser, String expected) {
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException notParsed) {
            throw new IllegalArgumentException(name + " must be " + expected + ", not " + value);
        }
    }

    /** The parameters {@link #asJobParameters()} wrote, already resolved (a partition's properties). */
    static PayoutRunParameters of(String runDate, String cutoff) {
        return new PayoutRunParameters(runDate, Instant.parse(cutoff));
    }

    public Properties asJobParameters() {
        Properties properties = new Properties();
        properties.setProperty("runDate", runKey);
        properties.setProperty("cutoff", cutoff.toString());
        return properties;
    }
}
