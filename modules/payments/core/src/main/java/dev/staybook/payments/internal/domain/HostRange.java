package dev.staybook.payments.internal.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A range of host ids, both ends included: the part of a payout run that one partition pays. Host ids are
 * random UUIDs, so equal slices of the id space hold about as many hosts each. The order is PostgreSQL's
 * (the 16 bytes unsigned, left to right), which is not {@link UUID#compareTo}'s.
 */
public record HostRange(UUID first, UUID last) {

    private static final BigInteger IDS = BigInteger.ONE.shiftLeft(128);

    /** The whole id space in {@code parts} consecutive ranges of equal size. */
    public static List<HostRange> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("a payout run needs at least one partition, not " + parts);
        }
        List<HostRange> ranges = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            BigInteger start = IDS.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(parts));
            BigInteger end = IDS.multiply(BigInteger.valueOf(i + 1L)).divide(BigInteger.valueOf(parts)).subtract(BigInteger.ONE);
            ranges.add(new HostRange(uuid(start), uuid(end)));
        }
        return ranges;
    }

    private static UUID uuid(BigInteger value) {
        return new UUID(value.shiftRight(64).longValue(), value.longValue());
    }
}
