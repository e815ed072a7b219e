package dev.staybook.listings.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.RuleViolation;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WishlistTest {

    private static Wishlist holding(int items) {
        return new Wishlist(UUID.randomUUID(), new UserId(UUID.randomUUID()), new WishlistName("Trips"), items, Instant.EPOCH);
    }

    @Test
    void namesAreStrippedAndHoldOneToFiftyCharacters() {
        assertEquals("Lyon", new WishlistName("  Lyon \n").value());
        assertEquals(50, new WishlistName("x".repeat(50)).value().length());
        for (String bad : new String[] {null, "", "   ", "x".repeat(51)}) {
            InvalidInput invalid = assertThrows(InvalidInput.class, () -> new WishlistName(bad));
            assertEquals("name", invalid.errors().get(0).field());
        }
    }

    @Test
    void aUserStartsAtMostAHundredLists() {
        assertDoesNotThrow(() -> Wishlist.requireRoomForAnotherList(99));
        RuleViolation full = assertThrows(RuleViolation.class, () -> Wishlist.requireRoomForAnotherList(100));
        assertEquals("too-many-wishlists", full.code());
    }

    @Test
    void aListHoldsAtMostAThousandListings() {
        assertDoesNotThrow(() -> holding(999).requireRoomForAnotherItem());
        RuleViolation full = assertThrows(RuleViolation.class, () -> holding(1000).requireRoomForAnotherItem());
        assertEquals("wishlist-full", full.code());
    }
}
