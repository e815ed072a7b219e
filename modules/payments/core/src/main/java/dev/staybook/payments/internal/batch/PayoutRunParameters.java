package dev.staybook.payments.internal.batch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The parameters of a payout run. {@code runDate} (default: today, UTC) names the run: restarting it, or
 * starting it again, never pays a host twice for that date. It is never later than today: a run named for a later
 * date would pay its hosts now and leave nothing to that date's own run (a scheduler's clock may run ahead of the
 * server's by {@link #CLOCK_SKEW}, its midnight sooner). Stays that completed before {@code cutoff} (default: the start
 * of the run date, UTC, or now if that is earlier) are paid. A cutoff is never later than the run's start (give or take
 * {@link #CLOCK_SKEW}): what becomes payable later (a cancelled stay's share, from its check-out date) must wait for a
 * later run.
 */
public record PayoutRunParameters(String runKey, Instant cutoff) {

    /** The parameters a payout run takes; any other is a scheduler's typo that would otherwise be ignored. */
    static final Set<String> NAMES = Set.of("runDate", "cutoff", "chunkSize", "partitions");
    /** Taken too, and honoured only where fault injection is on (tests and benchmarks: {@link PayoutWriter}). */
    private static final String FAULT_INJECTION = "failInChunk";
    /** How far a scheduler's clock may run ahead of the server's: a cutoff of its "now" is not refused for that. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final String ISO_DATE = "an ISO date such as 2027-03-01";

    /**
     * Fails with {@link IllegalArgumentException}, saying which parameter is wrong, for a date or an instant that is
     * none, a run date that is given empty or is later than today (UTC, give or take {@link #CLOCK_SKEW}), or a cutoff
     * later than {@code now}. A run date left out ({@code null}) is today's. An earlier date is taken, however old: its
     * run pays, once, what was owed before its cutoff to hosts that date has not paid yet, which is how a missed run is
     * made up for.
     */
    public static PayoutRunParameters from(String runDate, String cutoff, Instant now) {
        LocalDate date = runDate(runDate, now);
        if (cutoff == null || cutoff.isBlank()) {
            Instant startOfRunDate = date.atStartOfDay(ZoneOffset.UTC).toInstant();
            return new PayoutRunParameters(date.toString(), startOfRunDate.isAfter(now) ? now : startOfRunDate);
        }
        Instant until = parsed("cutoff", cutoff, Instant::parse, "an ISO instant such as 2027-03-01T00:00:00Z");
        if (until.isAfter(now.plus(CLOCK_SKEW))) {
            throw new IllegalArgumentException("cutoff must not be later than now (" + now + "), not " + cutoff
                    + ": shares payable after it would be paid early");
        }
        return new PayoutRunParameters(date.toString(), until);
    }

    private static LocalDate runDate(String runDate, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (runDate == null) {
            return today;
        }
        if (runDate.isBlank()) {
            throw new IllegalArgumentException("runDate must be " + ISO_DATE + ", not empty: leave it out for today's run");
        }
        LocalDate date = parsed("runDate", runDate, LocalDate::parse, ISO_DATE);
        if (date.isAfter(LocalDate.ofInstant(now.plus(CLOCK_SKEW), ZoneOffset.UTC))) {
            throw new IllegalArgumentException("runDate must not be later than today (" + today + "), not " + runDate
                    + ": its hosts would be paid now and that date's run would pay them nothing");
        }
        return date;
    }

    /** Fails with {@link IllegalArgumentException} naming the first parameter the run does not take. */
    public static void requireKnown(Set<String> names) {
        names.stream().filter(name -> !NAMES.contains(name) && !name.equals(FAULT_INJECTION)).sorted().findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException(unknown + " is not a parameter of a payout run (" + String.join(", ",
                    new TreeSet<>(NAMES)) + ")");
        });
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
