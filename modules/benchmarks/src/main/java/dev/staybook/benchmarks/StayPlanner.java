package dev.staybook.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Chooses what each booking attempt asks for. Every listing's future is cut into two-night slots handed
 * out in order, so a fresh attempt asks for nights nobody asked for before and should be booked; an
 * overlapping attempt asks again for a recently handed-out slot (the same two nights, or one of them)
 * and should be refused with 409, unless it wins the race against the slot's first attempt.
 */
final class StayPlanner {

    static final int NIGHTS = 2;
    private static final int RECENT_SLOTS = 20;

    private final List<String> listings;
    private final AtomicIntegerArray nextSlot;
    private final LocalDate firstNight;
    private final int overlapPercent;

    StayPlanner(List<String> listings, LocalDate firstNight, int overlapPercent) {
        this.listings = List.copyOf(listings);
        this.nextSlot = new AtomicIntegerArray(listings.size());
        this.firstNight = firstNight;
        this.overlapPercent = overlapPercent;
    }

    /** One attempt: the listing, the stay, and whether it deliberately overlaps an earlier attempt. */
    record Stay(String listingId, LocalDate checkIn, LocalDate checkOut, boolean overlapping) {
    }

    Stay next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int listing = random.nextInt(listings.size());
        int handedOut = nextSlot.get(listing);
        if (handedOut > 0 && random.nextInt(100) < overlapPercent) {
            int slot = handedOut - 1 - random.nextInt(Math.min(handedOut, RECENT_SLOTS));
            LocalDate start = slotStart(slot);
            return switch (random.nextInt(3)) {
                case 0 -> new Stay(listings.get(listing), start, start.plusDays(NIGHTS), true);
                case 1 -> new Stay(listings.get(listing), start, start.plusDays(1), true);
                default -> new Stay(listings.get(listing), start.plusDays(1), start.plusDays(NIGHTS), true);
            };
        }
        LocalDate start = slotStart(nextSlot.getAndIncrement(listing));
        return new Stay(listings.get(listing), start, start.plusDays(NIGHTS), false);
    }

    private LocalDate slotStart(int slot) {
        return firstNight.plusDays((long) slot * NIGHTS);
    }
}
