package dev.staybook.app.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ErrorExtensionsTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static JsonObject error(String exception, String code) {
        return json("{'data': {'book': null}, 'errors': [{'message': 'm', 'path': ['book'], 'extensions': "
                + "{'exception': '" + exception + "', 'classification': 'DataFetchingException', 'code': '" + code + "'}}]}");
    }

    @Test
    void keepsTheCategoryOfTheKernelsErrorsButNotTheClassName() {
        JsonObject redacted = ErrorExtensions.redact(error("dev.staybook.kernel.error.Conflict", "conflict"));

        JsonObject extensions = redacted.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
        assertFalse(extensions.containsKey("exception"));
        assertEquals("conflict", extensions.getString("code"));
        assertEquals("DataFetchingException", extensions.getString("classification"));
        assertEquals(json("{'book': null}"), redacted.getJsonObject("data"));
    }

    @Test
    void anyOtherFailureIsAnInternalError() {
        JsonObject redacted = ErrorExtensions.redact(error("java.lang.NullPointerException", "null-pointer"));

        JsonObject extensions = redacted.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
        assertFalse(extensions.containsKey("exception"));
        assertEquals(ErrorExtensions.INTERNAL_ERROR, extensions.getString("code"));
    }

    @Test
    void answersWithoutExceptionsAreLeftAlone() {
        JsonObject answer = json("{'data': {'listing': {'id': 'x'}}}");
        JsonObject validation = json("{'errors': [{'message': 'm', 'extensions': {'classification': 'ValidationError'}}]}");

        assertSame(answer, ErrorExtensions.redact(answer));
        assertEquals(validation, ErrorExtensions.redact(validation));
    }

    @Test
    void onlyAnAnswerOfValidationErrorsWithoutDataWasRefusedBeforeRunning() {
        assertTrue(ErrorExtensions.refusedBeforeRunning(json("{'errors': [{'message': 'm', 'extensions': {'classification': "
                + "'ValidationError'}}], 'data': null}")));
        assertFalse(ErrorExtensions.refusedBeforeRunning(error("dev.staybook.kernel.error.Conflict", "conflict")), "it ran");
        assertFalse(ErrorExtensions.refusedBeforeRunning(json("{'errors': [{'message': 'm', 'extensions': {'classification': "
                + "'ValidationError'}}, {'message': 'n', 'extensions': {'classification': 'DataFetchingException'}}]}")));
        assertFalse(ErrorExtensions.refusedBeforeRunning(json("{'data': {'listings': []}}")));
    }
}
