package dev.staybook.listings.internal.web;

import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.PayloadTooLarge;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The parts of a photo upload (multipart/form-data): the file, read up to its limit, and an optional caption. */
record MultipartUpload(byte[] file, String caption) {

    private static final int MAX_CAPTION_BYTES = 4096;

    static MultipartUpload read(List<EntityPart> parts, long maxFileBytes, PayloadTooLarge tooLarge) {
        EntityPart file = part(parts, "file").orElseThrow(() -> InvalidInput.field("file",
                "is required: the photo, as the part named file of a multipart/form-data body"));
        byte[] bytes = bounded(file, maxFileBytes).orElseThrow(() -> tooLarge);
        String caption = part(parts, "caption")
                .map(part -> bounded(part, MAX_CAPTION_BYTES).orElseThrow(() -> InvalidInput.field("caption", "is too long")))
                .map(text -> new String(text, StandardCharsets.UTF_8)).orElse(null);
        return new MultipartUpload(bytes, caption);
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        List<EntityPart> named = parts.stream().filter(part -> name.equals(part.getName())).toList();
        if (named.size() > 1) {
            throw InvalidInput.field(name, "must be sent once");
        }
        return named.stream().findFirst();
    }

    /** The part's bytes, or empty if there are more than the limit (never reading further than one byte past it). */
    private static Optional<byte[]> bounded(EntityPart part, long limit) {
        try (InputStream content = part.getContent()) {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
