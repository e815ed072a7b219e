package dev.staybook.payments.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.UuidV7;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HostRangeTest {

    private static final int HOSTS = 16_000;

    @Test
    void onePartitionCoversEverySlot() {
        assertEquals(List.of(new HostRange(0, HostRange.SLOTS - 1)), HostRange.split(1));
    }

    @Test
    void rangesFollowEachOtherWithoutGapOrOverlapAndAreAboutEqual() {
        List<HostRange> ranges = HostRange.split(7);
        assertEquals(0, ranges.get(0).first());
        for (int i = 1; i < ranges.size(); i++) {
            assertEquals(ranges.get(i - 1).last() + 1, ranges.get(i).first(), "range " + i);
        }
        assertEquals(HostRange.SLOTS - 1, ranges.get(6).last());
        for (HostRange range : ranges) {
            int size = range.last() - range.first() + 1;
            assertTrue(size == HostRange.SLOTS / 7 || size == HostRange.SLOTS / 7 + 1, range::toString);
        }
    }

    @Test
    void aRunHasAtLeastOnePartition() {
        assertThrows(IllegalArgumentException.class, () -> HostRange.split(0));
    }

    @Test
    void aReaderStartsBeforeEveryHostOfItsFirstSlot() {
        assertEquals(new HostKey(4096, UUID.fromString("00000000-0000-0000-0000-000000000000"), ""), new HostRange(4096, 8191).start());
    }

    @Test
    void theSlotIsTheFirstSixteenBitsOfTheMd5OfTheIdsText() {
        // md5("01a2b3c4-0000-7000-8000-000000000000") = ba7c31b5...; HostPayoutRunIT asks PostgreSQL the same
        assertEquals(0xba7c, slotOf(UUID.fromString("01a2b3c4-0000-7000-8000-000000000000")));
    }

    @Test
    void hostsWhoseTimeOrderedIdsWereMadeInTheSameMillisecondAreSpreadEvenly() {
        Instant signedUp = Instant.parse("2027-03-01T10:00:00Z");
        assertEvenlySpread(Stream.generate(() -> UuidV7.generate(signedUp)).limit(HOSTS).toList());
    }

    @Test
    void hostsWhoseIdsDifferOnlyInTheirLastBitsAreSpreadEvenly() {
        // a UUIDv7 generator with a counter in its random bits (RFC 9562, 6.2) makes ids like these within a millisecond
        long high = (Instant.parse("2027-03-01T10:00:00Z").toEpochMilli() << 16) | 0x7000L;
        assertEvenlySpread(Stream.iterate(0L, n -> n + 1).limit(HOSTS).map(n -> new UUID(high, 0x8000000000000000L | n)).toList());
    }

    @Test
    void hostsWithRandomIdsAreSpreadEvenlyToo() {
        assertEvenlySpread(Stream.generate(UUID::randomUUID).limit(HOSTS).toList());
    }

    /** Each of 16 partitions holds its 1,000 hosts give or take 15% (about five standard deviations). */
    private static void assertEvenlySpread(List<UUID> hosts) {
        List<HostRange> partitions = HostRange.split(16);
        int[] counts = new int[partitions.size()];
        for (UUID host : hosts) {
            int slot = slotOf(host);
            counts[partitionOf(slot, partitions)]++;
        }
        int expected = hosts.size() / partitions.size();
        for (int i = 0; i < counts.length; i++) {
            assertTrue(Math.abs(counts[i] - expected) <= expected * 0.15, "partition " + i + " has " + counts[i] + " of " + hosts.size());
        }
    }

    private static int partitionOf(int slot, List<HostRange> partitions) {
        for (int i = 0; i < partitions.size(); i++) {
            if (partitions.get(i).first() <= slot && slot <= partitions.get(i).last()) {
                return i;
            }
        }
        throw new AssertionError("slot " + slot + " is in no partition");
    }

    /** What {@code payments.host_slot} (migration V11) computes: the first 16 bits of the md5 of the id's text. */
    private static int slotOf(UUID host) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(host.toString().getBytes(StandardCharsets.US_ASCII));
            return (md5[0] & 0xff) << 8 | md5[1] & 0xff;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
