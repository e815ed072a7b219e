package dev.staybook.bookings.internal.domain;

import dev.staybook.identity.api.UserId;
import java.util.UUID;

/** Who made a booking change: its guest, its host, an administrator, or the system (deadlines, payments). */
public record Actor(Kind kind, UUID userId) {

    public enum Kind {
        GUEST, HOST, ADMIN, SYSTEM
    }

    public static Actor guest(UserId id) {
        return new Actor(Kind.GUEST, id.value());
    }

    public static Actor host(UserId id) {
        return new Actor(Kind.HOST, id.value());
    }

    public static Actor admin(UserId id) {
        return new Actor(Kind.ADMIN, id.value());
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, null);
    }
}
