package dev.staybook.payments.internal.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;

/**
 * The parameters of a payout run. {@code runDate} (default: today, UTC) names the run: restarting it, or
 * starting it again, never pays a host twice for that date. Stays that completed before {@code cutoff}
 * (default: the start of the run date, UTC) are paid.
 */
public record PayoutRunParameters(String runKey, Instant cutoff) {

    public static PayoutRunParameters from(String runDate, String cutoff, LocalDate today) {
        LocalDate date = runDate == null || runDate.isBlank() ? today : LocalDate.parse(runDate);
        Instant until = cutoff == null || cutoff.isBlank() ? date.atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(cutoff);
        return new PayoutRunParameters(date.toString(), until);
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
