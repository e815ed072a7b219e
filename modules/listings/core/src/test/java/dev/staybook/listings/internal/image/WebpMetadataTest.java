package dev.staybook.listings.internal.image;

import static dev.staybook.listings.internal.image.TestImages.WEBP_LOSSY;
import static dev.staybook.listings.internal.image.TestImages.chunksOf;
import static dev.staybook.listings.internal.image.TestImages.contains;
import static dev.staybook.listings.internal.image.TestImages.vp8x;
import static dev.staybook.listings.internal.image.TestImages.webp;
import static dev.staybook.listings.internal.image.TestImages.webpChunk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WebpMetadataTest {

    private static final int ALPHA = 0x10;
    private static final int EXIF = 0x08;
    private static final int XMP = 0x04;

    @Test
    void exifAndXmpChunksGoTheirFlagsAreClearedAndTheRiffSizeFollows() {
        byte[] exif = webpChunk("EXIF", "MM\0*GPS 48.85N".getBytes(StandardCharsets.ISO_8859_1));
        byte[] xmp = webpChunk("XMP ", "<x:xmpmeta>Paris</x:xmpmeta>".getBytes(StandardCharsets.UTF_8));
        byte[] image = chunksOf(WEBP_LOSSY);

        byte[] stripped = WebpMetadata.strip(webp(vp8x(ALPHA | EXIF | XMP, 1, 1), image, exif, xmp));

        assertArrayEquals(webp(vp8x(ALPHA, 1, 1), image), stripped);
        assertFalse(contains(stripped, "48.85N"));
    }

    @Test
    void aSimpleWebpStaysAsItWas() {
        assertArrayEquals(WEBP_LOSSY, WebpMetadata.strip(WEBP_LOSSY));
    }

    @Test
    void aRiffSizePastTheFileIsRefused() {
        byte[] cut = Arrays.copyOf(WEBP_LOSSY, WEBP_LOSSY.length - 4);

        assertThrows(MalformedImage.class, () -> WebpMetadata.strip(cut));
    }
}
