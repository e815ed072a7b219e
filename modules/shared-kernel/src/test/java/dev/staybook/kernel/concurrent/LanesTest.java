package dev.staybook.kernel.concurrent;

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

/** Tasks run side by side, never more at once than the lanes, and a failure is reported once every lane ended. */
class LanesTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void noMoreTasksRunAtOnceThanLanes() {
        CyclicBarrier threeAtATime = new CyclicBarrier(3); // each task waits until three are running
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                await(threeAtATime);
                running.decrementAndGet();
            });
        }
        Lanes.run(tasks, 3, executor);
        assertEquals(3, most.get(), "three tasks at once, never more");
    }

    @Test
    void aFailureIsThrownAsItWasOnlyOnceEveryOtherLaneEnded() {
        CountDownLatch failed = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        IllegalStateException unavailable = new IllegalStateException("gateway unavailable");
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            failed.countDown();
            throw unavailable;
        });
        for (int i = 0; i < 3; i++) {
            tasks.add(() -> {
                await(failed); // still running when the first task fails
                done.incrementAndGet();
            });
        }
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Lanes.run(tasks, 4, executor));
        assertSame(unavailable, thrown);
        assertEquals(3, done.get(), "the other lanes ended before the failure was reported");
    }

    @Test
    void oneLaneRunsTheTasksInTurnOnTheCallersThread() {
        List<Thread> ranOn = new CopyOnWriteArrayList<>();
        List<Integer> order = new CopyOnWriteArrayList<>();
        Lanes.run(List.of(() -> {
            ranOn.add(Thread.currentThread());
            order.add(1);
        }, () -> {
            ranOn.add(Thread.currentThread());
            order.add(2);
        }), 1, executor);
        assertEquals(List.of(Thread.currentThread(), Thread.currentThread()), ranOn);
        assertEquals(List.of(1, 2), order);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the tasks did not run side by side", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
