package dev.staybook.listings.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhotoOrderRequestTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readValue();
    }

    private static List<String> fields(String body) {
        return assertThrows(InvalidInput.class, () -> PhotoOrderRequest.read(json(body))).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void readsTheOrder() {
        assertEquals(List.of("b", "/api/v1/photos/a"), PhotoOrderRequest.read(json("{'order':['b','/api/v1/photos/a']}")).order());
    }

    @Test
    void namesAnUnknownFieldLikeEveryOtherBody() {
        assertEquals(List.of("zzUnknown"), fields("{'order':[],'zzUnknown':1}"));
        assertEquals(List.of("zzUnknown", "order"), fields("{'order':[1],'zzUnknown':null}"));
    }

    @Test
    void needsAnArrayOfStrings() {
        assertEquals(List.of("order"), fields("{}"));
        assertEquals(List.of("order"), fields("{'order':'a,b'}"));
        assertEquals(List.of("order"), fields("{'order':['a',2]}"));
        assertEquals(List.of("body"), fields("['a']"));
    }
}
