package dev.staybook.kernel.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void theDetailStaysTheSentenceTheMessageNamesEachField() {
        InvalidInput invalid = new InvalidInput("The stay's dates are invalid.",
                List.of(new FieldError("checkIn", "must be a date"), new FieldError("guests", "must be at least 1")));

        assertEquals("The stay's dates are invalid.", invalid.detail());
        assertEquals("The stay's dates are invalid. checkIn: must be a date. guests: must be at least 1.", invalid.getMessage());
        assertEquals("invalid-input", invalid.code());
    }
}
