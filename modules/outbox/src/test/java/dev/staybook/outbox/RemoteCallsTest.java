package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A batch's remote calls are in flight together; their answers are completed in the batch's order, on its thread. */
class RemoteCallsTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void theCallsOfABatchAreInFlightTogether() {
        CyclicBarrier allFour = new CyclicBarrier(4); // passes only if the four calls wait at it at the same time
        List<RemoteCall<?>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(RemoteCall.of(() -> await(allFour), answer -> { }));
        }
        RemoteCalls.makeAndComplete(calls, 8, executor);
    }

    @Test
    void eachAnswerIsCompletedInTheBatchsOrderOnTheBatchsThread() {
        List<String> completed = new CopyOnWriteArrayList<>();
        List<Thread> completedOn = new CopyOnWriteArrayList<>();
        List<RemoteCall<?>> calls = new ArrayList<>();
        for (String booking : List.of("b1", "b2", "b3", "b4", "b5")) {
            calls.add(RemoteCall.of(() -> "authorized " + booking, answer -> {
                completed.add(answer);
                completedOn.add(Thread.currentThread());
            }));
        }
        RemoteCalls.makeAndComplete(calls, 2, executor);
        assertEquals(List.of("authorized b1", "authorized b2", "authorized b3", "authorized b4", "authorized b5"), completed);
        completedOn.forEach(thread -> assertSame(Thread.currentThread(), thread));
    }

    @Test
    void aFailedCallFailsTheBatchAsItThrewAndNothingIsCompleted() {
        List<String> completed = new CopyOnWriteArrayList<>();
        IllegalStateException unavailable = new IllegalStateException("gateway unavailable");
        List<RemoteCall<?>> calls = List.of(
                RemoteCall.of(() -> "captured b1", completed::add),
                RemoteCall.of(() -> {
                    throw unavailable;
                }, answer -> completed.add("b2")),
                RemoteCall.of(() -> "captured b3", completed::add));
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> RemoteCalls.makeAndComplete(calls, 3, executor));
        assertSame(unavailable, thrown);
        assertTrue(completed.isEmpty(), "the batch's transaction rolls back: no answer was completed in it");
    }

    private static int await(CyclicBarrier barrier) {
        try {
            return barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the calls were not in flight together", e);
        }
    }
}
