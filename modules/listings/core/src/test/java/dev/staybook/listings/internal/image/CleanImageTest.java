package dev.staybook.listings.internal.image;

import static dev.staybook.listings.internal.image.TestImages.WEBP_LOSSLESS;
import static dev.staybook.listings.internal.image.TestImages.WEBP_LOSSY;
import static dev.staybook.listings.internal.image.TestImages.chunksOf;
import static dev.staybook.listings.internal.image.TestImages.concat;
import static dev.staybook.listings.internal.image.TestImages.pngChunk;
import static dev.staybook.listings.internal.image.TestImages.vp8x;
import static dev.staybook.listings.internal.image.TestImages.webp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.RuleViolation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CleanImageTest {

    private static final ImageLimits LIMITS = new ImageLimits(10 << 20, 10_000, 40_000_000);

    @Test
    void theTypeComesFromTheContentAndTheSizeFromTheHeader() {
        assertEquals(new ImageSize(24, 16), CleanImage.of(TestImages.encoded("jpeg", 24, 16), LIMITS).size());
        assertEquals(ImageType.PNG, CleanImage.of(TestImages.encoded("png", 3, 5), LIMITS).type());
        assertEquals(new ImageSize(3, 5), CleanImage.of(TestImages.encoded("png", 3, 5), LIMITS).size());
        assertEquals(new ImageSize(1, 1), CleanImage.of(WEBP_LOSSY, LIMITS).size());
        assertEquals(new ImageSize(1, 1), CleanImage.of(WEBP_LOSSLESS, LIMITS).size());
        assertEquals(new ImageSize(640, 480), CleanImage.of(webp(vp8x(0, 640, 480), chunksOf(WEBP_LOSSY)), LIMITS).size());
        assertEquals(ImageType.WEBP, CleanImage.of(WEBP_LOSSY, LIMITS).type());
    }

    @Test
    void textNamedLikeAnImageIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> CleanImage.of("not a photo, just text\n".getBytes(StandardCharsets.US_ASCII), LIMITS));
        assertEquals("unsupported-image", refused.code());
        assertEquals("unsupported-image", assertThrows(RuleViolation.class, () -> CleanImage.of(new byte[0], LIMITS)).code());
        byte[] gif = "GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("unsupported-image", assertThrows(RuleViolation.class, () -> CleanImage.of(gif, LIMITS)).code());
    }

    @Test
    void aHeaderClaimingBillionsOfPixelsIsRefusedWithoutDecoding() {
        assertEquals("image-too-large", assertThrows(RuleViolation.class, () -> CleanImage.of(pngClaiming(50_000, 50_000), LIMITS)).code());
        assertEquals("image-too-large", assertThrows(RuleViolation.class,
                () -> CleanImage.of(webp(vp8x(0, 50_000, 50_000), chunksOf(WEBP_LOSSY)), LIMITS)).code());
        assertEquals("image-too-large", assertThrows(RuleViolation.class,
                () -> CleanImage.of(pngClaiming(8_000, 8_000), LIMITS)).code(), "each side within, all pixels not");
        assertEquals("image-too-large", assertThrows(RuleViolation.class,
                () -> CleanImage.of(TestImages.encoded("jpeg", 30, 2), new ImageLimits(1 << 20, 20, 1000))).code());
    }

    @Test
    void aBrokenHeaderIsRefused() {
        byte[] jpeg = TestImages.encoded("jpeg", 8, 8);
        assertEquals("unreadable-image", assertThrows(RuleViolation.class, () -> CleanImage.of(Arrays.copyOf(jpeg, 40), LIMITS)).code());
        assertEquals("unreadable-image", assertThrows(RuleViolation.class, () -> CleanImage.of(Arrays.copyOf(WEBP_LOSSY, 20), LIMITS)).code());
    }

    /** A PNG whose header states the size given, followed by a few bytes of pixel data that would never decode. */
    static byte[] pngClaiming(int width, int height) {
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array();
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, pngChunk("IHDR", header),
                pngChunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00}), pngChunk("IEND", new byte[0]));
    }
}
