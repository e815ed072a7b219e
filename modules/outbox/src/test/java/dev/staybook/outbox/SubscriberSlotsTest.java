package dev.staybook.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A waiting subscriber never holds every worker of an instance. */
class SubscriberSlotsTest {

    @Test
    void aSubscriberTakesAllButOneWorker() {
        SubscriberSlots slots = new SubscriberSlots(4);
        assertTrue(slots.tryTake("listings.booked-nights"));
        assertTrue(slots.tryTake("listings.booked-nights"));
        assertTrue(slots.tryTake("listings.booked-nights"));
        assertFalse(slots.tryTake("listings.booked-nights"), "the fourth worker stays for the others");
        assertTrue(slots.tryTake("notifications.account-mails"));
    }

    @Test
    void aReleasedSlotCanBeTakenAgain() {
        SubscriberSlots slots = new SubscriberSlots(2);
        assertTrue(slots.tryTake("payments.booking-money"));
        assertFalse(slots.tryTake("payments.booking-money"));
        slots.release("payments.booking-money");
        assertTrue(slots.tryTake("payments.booking-money"));
    }

    @Test
    void aWorkerDoneWithASubscriberLearnsThatAnotherWasTurnedAway() {
        SubscriberSlots slots = new SubscriberSlots(3);
        assertTrue(slots.tryTake("payments.booking-money"));
        assertTrue(slots.tryTake("payments.booking-money"));
        assertFalse(slots.tryTake("payments.booking-money"), "the third worker is turned away");
        assertTrue(slots.release("payments.booking-money"), "the offer it took is made again");
        assertFalse(slots.release("payments.booking-money"), "once");
    }

    @Test
    void aWorkerDoneWithAnUncontestedSubscriberHasNothingToOffer() {
        SubscriberSlots slots = new SubscriberSlots(3);
        assertTrue(slots.tryTake("listings.booked-nights"));
        assertFalse(slots.release("listings.booked-nights"));
    }

    @Test
    void oneWorkerServesEverySubscriberInTurn() {
        SubscriberSlots slots = new SubscriberSlots(1);
        assertTrue(slots.tryTake("reviews.ratings"));
        assertFalse(slots.tryTake("reviews.ratings"));
        assertTrue(slots.tryTake("listings.cache"));
    }
}
