package dev.staybook.messaging.internal.web;

import dev.staybook.kernel.Cursor;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.messaging.internal.domain.Conversation;
import dev.staybook.messaging.internal.domain.ConversationRepository.Position;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Ids in paths and keyset cursors of conversation and message lists. */
public final class MessagingPaging {

    private MessagingPaging() {
    }

    public static UUID id(String text, String notFoundCode, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound(notFoundCode, "There is no such " + what + ".");
        }
    }

    public static Position position(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            return new Position(Cursor.instant(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException tampered) {
            throw invalidCursor();
        }
    }

    public static String cursorAfter(Conversation last) {
        return Cursor.encode(last.lastMessageAt().toString(), last.id().toString());
    }

    public static Integer beforeSeq(String cursor) {
        if (cursor == null) {
            return null;
        }
        int seq;
        try {
            seq = Integer.parseInt(Cursor.decode(cursor, 1).get(0));
        } catch (NumberFormatException tampered) {
            throw invalidCursor();
        }
        if (seq < 1) { // messages are numbered from 1: no list hands out another
            throw invalidCursor();
        }
        return seq;
    }

    public static UUID messageId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInput.field("messageId", "is not a message of this conversation");
        }
    }

    private static InvalidInput invalidCursor() {
        return InvalidInput.field("cursor", "is not a cursor this list returned");
    }
}
