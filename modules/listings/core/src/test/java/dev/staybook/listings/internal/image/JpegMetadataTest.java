package dev.staybook.listings.internal.image;

import static dev.staybook.listings.internal.image.TestImages.concat;
import static dev.staybook.listings.internal.image.TestImages.contains;
import static dev.staybook.listings.internal.image.TestImages.exifWithGps;
import static dev.staybook.listings.internal.image.TestImages.insert;
import static dev.staybook.listings.internal.image.TestImages.segment;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JpegMetadataTest {

    /** ImageIO writes SOI, APP0 (JFIF), then the tables: metadata goes right after APP0. */
    private static final byte[] PLAIN = TestImages.encoded("jpeg", 24, 16);
    private static final int AFTER_APP0 = 4 + ((PLAIN[4] & 0xFF) << 8 | PLAIN[5] & 0xFF);

    @Test
    void aJpegWithGpsExifComesBackWithoutItAndOtherwiseUnchanged() throws IOException {
        byte[] withGps = insert(PLAIN, AFTER_APP0, exifWithGps());
        assertTrue(contains(withGps, "Exif"));

        byte[] stripped = JpegMetadata.strip(withGps);

        assertFalse(contains(stripped, "Exif"));
        assertArrayEquals(PLAIN, stripped, "only the EXIF segment goes; the JFIF header, tables and scan stay as they were");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stripped));
        assertEquals(24, decoded.getWidth());
        assertEquals(16, decoded.getHeight());
    }

    @Test
    void xmpCommentsAndOtherApplicationSegmentsGoWhileTheColourProfileAndAdobeMarkerStay() {
        byte[] xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Paris</x:xmpmeta>".getBytes(StandardCharsets.UTF_8));
        byte[] comment = segment(0xFE, "taken at 12 Rue Oberkampf".getBytes(StandardCharsets.UTF_8));
        byte[] iptc = segment(0xED, "Photoshop 3.0\0by Jane".getBytes(StandardCharsets.UTF_8));
        byte[] icc = segment(0xE2, "ICC_PROFILE\0\1\1profile".getBytes(StandardCharsets.ISO_8859_1));
        byte[] adobe = segment(0xEE, "Adobe\0d\0\0\0\0\1".getBytes(StandardCharsets.ISO_8859_1));

        byte[] stripped = JpegMetadata.strip(insert(PLAIN, AFTER_APP0, concat(xmp, comment, icc, iptc, adobe)));

        assertArrayEquals(insert(PLAIN, AFTER_APP0, concat(icc, adobe)), stripped);
    }

    @Test
    void whatTrailsTheEndOfTheImageIsDropped() {
        byte[] stripped = JpegMetadata.strip(concat(PLAIN, "GPS 48.85N 2.35E".getBytes(StandardCharsets.US_ASCII)));

        assertArrayEquals(PLAIN, stripped);
    }

    @Test
    void aSegmentLongerThanTheFileIsRefused() {
        byte[] cut = Arrays.copyOf(insert(PLAIN, AFTER_APP0, exifWithGps()), AFTER_APP0 + 10);

        MalformedImage refused = assertThrows(MalformedImage.class, () -> JpegMetadata.strip(cut));
        assertEquals("unreadable-image", refused.code());
    }
}
