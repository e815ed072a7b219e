package dev.staybook.payments.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HostRangeTest {

    @Test
    void onePartitionCoversEveryHost() {
        assertEquals(List.of(new HostRange(UUID.fromString("00000000-0000-0000-0000-000000000000"),
                UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"))), HostRange.split(1));
    }

    @Test
    void twoPartitionsMeetInTheMiddleOfTheIdSpaceInPostgresqlsOrder() {
        assertEquals(List.of(
                new HostRange(UUID.fromString("00000000-0000-0000-0000-000000000000"), UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff")),
                new HostRange(UUID.fromString("80000000-0000-0000-0000-000000000000"), UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"))),
                HostRange.split(2));
    }

    @Test
    void rangesFollowEachOtherWithoutGapOrOverlapAndAreAboutEqual() {
        List<HostRange> ranges = HostRange.split(7);
        assertEquals(BigInteger.ZERO, unsigned(ranges.get(0).first()));
        for (int i = 1; i < ranges.size(); i++) {
            assertEquals(unsigned(ranges.get(i - 1).last()).add(BigInteger.ONE), unsigned(ranges.get(i).first()), "range " + i);
        }
        assertEquals(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE), unsigned(ranges.get(6).last()));
        BigInteger size = unsigned(ranges.get(0).last()).subtract(unsigned(ranges.get(0).first()));
        for (HostRange range : ranges) {
            assertEquals(size.doubleValue(), unsigned(range.last()).subtract(unsigned(range.first())).doubleValue(), size.doubleValue() * 1e-9);
        }
    }

    @Test
    void aRunHasAtLeastOnePartition() {
        assertThrows(IllegalArgumentException.class, () -> HostRange.split(0));
    }

    /** The id as PostgreSQL orders it: its 32 hex digits as one unsigned number. */
    private static BigInteger unsigned(UUID id) {
        return new BigInteger(id.toString().replace("-", ""), 16);
    }
}
