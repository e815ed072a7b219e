package dev.staybook.payments.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A range of host slots, both ends included: the part of a payout run that one partition pays. A host's slot
 * ({@code payments.host_slot(host_id)}, 0 to {@link #SLOTS} - 1) is a hash of its id, not the id: host ids are
 * time-ordered UUIDv7, all beginning with the same bytes, so equal ranges of ids would give every host to one
 * partition, while equal ranges of slots hold about as many hosts each, whatever the ids' version or age.
 */
public record HostRange(int first, int last) {

    /** How many slots there are: the first 16 bits of the hash. */
    public static final int SLOTS = 1 << 16;

    public HostRange {
        if (first < 0 || last >= SLOTS || first > last) {
            throw new IllegalArgumentException("not a range of host slots: " + first + " to " + last);
        }
    }

    /** All slots in {@code parts} consecutive ranges of (nearly) equal size. */
    public static List<HostRange> split(int parts) {
        if (parts < 1 || parts > SLOTS) {
            throw new IllegalArgumentException("a payout run needs from 1 to " + SLOTS + " partitions, not " + parts);
        }
        List<HostRange> ranges = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            ranges.add(new HostRange((int) ((long) SLOTS * i / parts), (int) ((long) SLOTS * (i + 1) / parts - 1)));
        }
        return ranges;
    }

    /** The key that sorts before every host of this range, where its reader starts. */
    public HostKey start() {
        return new HostKey(first, new UUID(0, 0), "");
    }
}
