package dev.staybook.app.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.MemoryUsage;
import org.junit.jupiter.api.Test;

class ProcessLivenessTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void aPoolWithRoomAfterItsCollectionIsAlive() {
        assertTrue(ProcessLiveness.hasRoom(new MemoryUsage(0, 121 * MIB, 160 * MIB, 160 * MIB)));
    }

    @Test
    void aPoolThatItsCollectionLeftNearlyFullIsNot() {
        assertFalse(ProcessLiveness.hasRoom(new MemoryUsage(0, 153 * MIB, 160 * MIB, 160 * MIB)));
    }

    @Test
    void anUnboundedPoolIsMeasuredAgainstItsSize() {
        assertTrue(ProcessLiveness.hasRoom(new MemoryUsage(0, 100 * MIB, 200 * MIB, -1)));
        assertFalse(ProcessLiveness.hasRoom(new MemoryUsage(0, 199 * MIB, 200 * MIB, -1)));
    }
}
