package dev.staybook.app.json;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * JSON bodies are UTF-8 (RFC 8259). The readers decode whatever arrives as UTF-8 and put U+FFFD where bytes are not,
 * so a stray Latin-1 byte was stored and published as "caf�". Here a body that is not UTF-8 is 400
 * {@code malformed-json} before any reader sees it. A charset parameter is ignored, as RFC 8259 defines none for
 * JSON: HTTP clients add one of their own (REST Assured, ISO-8859-1) to bodies that are plain ASCII. The body must
 * also be one JSON value with no member named twice ({@link OneJsonValue}). The body is already bounded by the request
 * body limit, so holding it once in memory is safe.
 */
@Provider
public class Utf8JsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (!isJson(type)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException notUtf8) {
            throw new MalformedJson("The request body is not UTF-8, which JSON bodies must be (RFC 8259).", notUtf8);
        }
        Optional<String> notOneValue = OneJsonValue.problemOf(body);
        if (notOneValue.isPresent()) {
            throw new MalformedJson(notOneValue.get(), null);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }
}
