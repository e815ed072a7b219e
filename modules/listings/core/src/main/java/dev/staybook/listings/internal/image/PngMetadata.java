package dev.staybook.listings.internal.image;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * Drops a PNG's metadata chunks (text, compressed and international text, EXIF, modification time) and whatever
 * trails the IEND chunk; every other chunk is copied as it is, CRC included, so nothing is re-encoded.
 */
final class PngMetadata {

    private static final int SIGNATURE = 8;
    private static final Set<String> METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private PngMetadata() {
    }

    static byte[] strip(byte[] png) {
        Bytes in = new Bytes(png, ImageType.PNG);
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE);
        int at = SIGNATURE;
        while (at < in.length()) {
            long length = in.u32BigEndian(at);
            in.require(at, 12 + length); // length, type, data, CRC
            String type = in.text(at + 4, 4);
            int end = at + 12 + (int) length;
            if (!METADATA.contains(type)) {
                out.write(png, at, end - at);
            }
            at = end;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }
}
