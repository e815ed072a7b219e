package dev.staybook.listings.internal.image;

import static dev.staybook.listings.internal.image.TestImages.concat;
import static dev.staybook.listings.internal.image.TestImages.contains;
import static dev.staybook.listings.internal.image.TestImages.insert;
import static dev.staybook.listings.internal.image.TestImages.pngChunk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngMetadataTest {

    private static final byte[] PLAIN = TestImages.encoded("png", 20, 10);
    private static final int AFTER_IHDR = 8 + 12 + 13;

    @Test
    void textExifAndTimeChunksGoAndEveryOtherChunkStaysAsItWas() throws IOException {
        byte[] metadata = concat(
                pngChunk("tEXt", "Comment\0at home".getBytes(StandardCharsets.ISO_8859_1)),
                pngChunk("zTXt", "Author\0\0x".getBytes(StandardCharsets.ISO_8859_1)),
                pngChunk("iTXt", "GPS\0\0\0\0\048.85N".getBytes(StandardCharsets.ISO_8859_1)),
                pngChunk("eXIf", "MM\0*exif".getBytes(StandardCharsets.ISO_8859_1)),
                pngChunk("tIME", new byte[] {7, (byte) 0xEA, 12, 4, 3, 0, 0}));
        byte[] gamma = pngChunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F});

        byte[] stripped = PngMetadata.strip(insert(PLAIN, AFTER_IHDR, concat(metadata, gamma)));

        assertArrayEquals(insert(PLAIN, AFTER_IHDR, gamma), stripped);
        assertFalse(contains(stripped, "48.85N"));
        assertEquals(20, ImageIO.read(new ByteArrayInputStream(stripped)).getWidth());
    }

    @Test
    void whatTrailsTheEndChunkIsDropped() {
        assertArrayEquals(PLAIN, PngMetadata.strip(concat(PLAIN, "trailing".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aChunkLongerThanTheFileIsRefused() {
        byte[] cut = Arrays.copyOf(PLAIN, AFTER_IHDR + 6);

        assertThrows(MalformedImage.class, () -> PngMetadata.strip(cut));
    }
}
