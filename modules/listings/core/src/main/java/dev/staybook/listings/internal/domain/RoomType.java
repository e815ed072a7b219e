package dev.staybook.listings.internal.domain;

/** How much of the place guests get. */
public enum RoomType {
    ENTIRE_PLACE, PRIVATE_ROOM, SHARED_ROOM
}
