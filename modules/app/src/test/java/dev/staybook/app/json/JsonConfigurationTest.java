package dev.staybook.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API's JSON-B configuration, read with Yasson as Liberty runs it. */
class JsonConfigurationTest {

    public record Party(Integer adults, Long nights, String message) {
    }

    private final Jsonb jsonb = new JsonConfiguration().getContext(Party.class);

    @ParameterizedTest
    @ValueSource(strings = {"2", "2.0", "2.000", "2e0", "0.2e1", "200e-2"})
    void readsAWholeNumberHoweverItIsWritten(String two) {
        Party party = read("{\"adults\": %s, \"nights\": %s}".formatted(two, two));

        assertEquals(new Party(2, 2L, null), party);
    }

    @ParameterizedTest
    @ValueSource(strings = {"adults", "nights"})
    void refusesAFractionInsteadOfCuttingItOff(String property) {
        JsonbException failure = assertThrows(JsonbException.class, () -> read("{\"%s\": 1.5}".formatted(property)));

        assertTrue(failure.getMessage().contains("'" + property + "'"), failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "1e10", "1e1000000", "-1e-1000000", "1000000000000000000000000000000000000000000000000000000000000"})
    void refusesANumberPastTheType(String number) {
        assertThrows(JsonbException.class, () -> read("{\"adults\": %s}".formatted(number)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"two\"", "true", "[2]", "{}"})
    void refusesWhatIsNotANumber(String value) {
        assertThrows(JsonbException.class, () -> read("{\"adults\": %s}".formatted(value)));
    }

    @Test
    void leavesAnAbsentOrNullNumberAlone() {
        assertEquals(new Party(null, null, null), read("{\"adults\": null, \"message\": null}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "true", "[\"a\"]", "{}"})
    void refusesWhatIsNotTextWhereTextBelongs(String value) {
        JsonbException failure = assertThrows(JsonbException.class, () -> read("{\"message\": %s}".formatted(value)));

        assertTrue(failure.getMessage().contains("'message'"), failure.getMessage());
    }

    @Test
    void readsText() {
        assertEquals(new Party(null, null, "Arriving late \u00e9"), read("{\"message\": \"Arriving late \\u00e9\"}"));
    }

    private Party read(String json) {
        return jsonb.fromJson(json, Party.class);
    }
}
