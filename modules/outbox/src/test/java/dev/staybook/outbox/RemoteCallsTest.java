package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A batch's remote calls are made at the same time, at most so many at once, and completed in the batch's order. */
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
        RemoteCalls.makeAll(calls, 8, executor);
    }

    @Test
    void noMoreCallsAreInFlightThanAllowed() {
        CyclicBarrier threeAtATime = new CyclicBarrier(3); // each call waits until three are in flight
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<RemoteCall<?>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(RemoteCall.of(() -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                await(threeAtATime);
                return inFlight.decrementAndGet();
            }, answer -> { }));
        }
        RemoteCalls.makeAll(calls, 3, executor);
        assertEquals(3, most.get(), "three calls at once, never more");
    }

    @Test
    void eachAnswerIsCompletedInTheBatchsOrderOnTheCallersThread() {
        List<String> completed = new CopyOnWriteArrayList<>();
        List<Thread> completedOn = new CopyOnWriteArrayList<>();
        List<RemoteCall<?>> calls = new ArrayList<>();
        for (String booking : List.of("b1", "b2", "b3", "b4", "b5")) {
            calls.add(RemoteCall.of(() -> "authorized " + booking, answer -> {
                completed.add(answer);
                completedOn.add(Thread.currentThread());
            }));
        }
        RemoteCalls.makeAll(calls, 2, executor);
        calls.forEach(RemoteCall::complete);
        assertEquals(List.of("authorized b1", "authorized b2", "authorized b3", "authorized b4", "authorized b5"), completed);
        completedOn.forEach(thread -> assertSame(Thread.currentThread(), thread));
    }

    @Test
    void aFailedCallFailsTheBatchAsItThrewOnlyOnceEveryOtherCallEnded() {
        CountDownLatch failed = new CountDownLatch(1);
        AtomicInteger made = new AtomicInteger();
        IllegalStateException unavailable = new IllegalStateException("gateway unavailable");
        List<RemoteCall<?>> calls = new ArrayList<>();
        calls.add(RemoteCall.of(() -> {
            failed.countDown();
            throw unavailable;
        }, answer -> { }));
        for (int i = 0; i < 3; i++) {
            calls.add(RemoteCall.of(() -> {
                await(failed); // still in flight when the first call fails
                return made.incrementAndGet();
            }, answer -> { }));
        }
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> RemoteCalls.makeAll(calls, 4, executor));
        assertSame(unavailable, thrown);
        assertEquals(3, made.get(), "the other calls ended before the batch failed");
    }

    @Test
    void oneLaneMakesTheCallsOnTheCallersThread() {
        List<Thread> madeOn = new CopyOnWriteArrayList<>();
        List<RemoteCall<?>> calls = List.of(
                RemoteCall.of(() -> madeOn.add(Thread.currentThread()), answer -> { }),
                RemoteCall.of(() -> madeOn.add(Thread.currentThread()), answer -> { }));
        RemoteCalls.makeAll(calls, 1, executor);
        assertEquals(List.of(Thread.currentThread(), Thread.currentThread()), madeOn);
    }

    private static int await(CyclicBarrier barrier) {
        try {
            return barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the calls were not in flight together", e);
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
