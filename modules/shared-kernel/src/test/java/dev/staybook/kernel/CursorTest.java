package dev.staybook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.InvalidInput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void givesBackTheKeyPartsItEncoded() {
        String cursor = Cursor.encode("2027-03-01T10:15:30Z", "01a24925-aabd-7fde-bcdd-a8db4cf7e715");
        assertEquals(List.of("2027-03-01T10:15:30Z", "01a24925-aabd-7fde-bcdd-a8db4cf7e715"), Cursor.decode(cursor, 2));
        assertThrows(InvalidInput.class, () -> Cursor.decode(cursor, 3));
        assertThrows(InvalidInput.class, () -> Cursor.decode("not base64!", 2));
    }

    @Test
    void readsOnlyMomentsOfTheYearsOneToNineThousandNineHundredNinetyNine() {
        assertEquals(Instant.parse("2027-03-01T10:15:30Z"), Cursor.instant("2027-03-01T10:15:30Z"));
        assertThrows(DateTimeParseException.class, () -> Cursor.instant("+999999999-12-31T23:59:59Z"));
        assertThrows(DateTimeParseException.class, () -> Cursor.instant("-0001-01-01T00:00:00Z"));
        assertThrows(DateTimeParseException.class, () -> Cursor.instant("yesterday"));
    }
}
