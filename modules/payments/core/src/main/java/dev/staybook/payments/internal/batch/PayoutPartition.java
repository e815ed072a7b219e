package dev.staybook.payments.internal.batch;

import dev.staybook.payments.internal.domain.HostRange;
import java.util.UUID;

/** What one partition of a payout run pays: the run's date and cutoff, for the hosts of one range. */
record PayoutPartition(PayoutRunParameters run, HostRange hosts) {

    /** From the properties {@link HostRangePartitions} gave the partition. */
    static PayoutPartition of(String runDate, String cutoff, String firstHost, String lastHost) {
        return new PayoutPartition(PayoutRunParameters.of(runDate, cutoff),
                new HostRange(UUID.fromString(firstHost), UUID.fromString(lastHost)));
    }
}
