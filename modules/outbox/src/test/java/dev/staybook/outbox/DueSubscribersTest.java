package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueSubscribersTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    private final DueSubscribers due = new DueSubscribers();

    @Test
    void queuesEachSubscriberOnceInTheOrderTheyCame() throws InterruptedException {
        due.offerAll(List.of("payments.booking-money", "listings.booked-nights", "payments.booking-money"));
        due.offer("listings.booked-nights");

        assertEquals("payments.booking-money", due.next(NO_WAIT));
        assertEquals("listings.booked-nights", due.next(NO_WAIT));
        assertNull(due.next(NO_WAIT));
    }

    @Test
    void aSubscriberTakenByAWorkerCanBeQueuedAgainForAnother() throws InterruptedException {
        due.offer("payments.booking-money");
        assertEquals("payments.booking-money", due.next(NO_WAIT));

        due.offer("payments.booking-money"); // a full batch: more may be due while the first worker is busy

        assertEquals("payments.booking-money", due.next(NO_WAIT));
    }

    @Test
    void waitsNoLongerThanAsked() throws InterruptedException {
        long start = System.nanoTime();
        assertNull(due.next(Duration.ofMillis(50)));
        assertEquals(true, System.nanoTime() - start >= Duration.ofMillis(40).toNanos());
    }
}
