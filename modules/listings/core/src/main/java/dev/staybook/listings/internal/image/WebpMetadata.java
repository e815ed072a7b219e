package dev.staybook.listings.internal.image;

import java.io.ByteArrayOutputStream;

/**
 * Drops a WebP's EXIF and XMP chunks, clears the extended header's flags that announce them, and writes the RIFF
 * size of what is left; the image chunks are copied as they are.
 */
final class WebpMetadata {

    static final int HEADER = 12; // "RIFF", size, "WEBP"
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private WebpMetadata() {
    }

    static byte[] strip(byte[] webp) {
        Bytes in = new Bytes(webp, ImageType.WEBP);
        int end = riffEnd(in);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(webp.length);
        int at = HEADER;
        while (at + 8 <= end) {
            String fourCc = in.text(at, 4);
            long size = in.u32LittleEndian(at + 4);
            long padded = size + (size & 1);
            in.require(at, 8 + padded);
            int next = at + 8 + (int) padded;
            if (fourCc.equals("VP8X")) {
                byte[] header = java.util.Arrays.copyOfRange(webp, at, next);
                header[8] &= (byte) ~(EXIF_FLAG | XMP_FLAG);
                chunks.writeBytes(header);
            } else if (!fourCc.equals("EXIF") && !fourCc.equals("XMP ")) {
                chunks.write(webp, at, next - at);
            }
            at = next;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER + chunks.size());
        out.writeBytes("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        writeU32LittleEndian(out, 4 + chunks.size());
        out.writeBytes("WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    /** Where the RIFF container ends as its header says; never past the bytes there are. */
    static int riffEnd(Bytes in) {
        long end = 8 + in.u32LittleEndian(4);
        in.require(0, end);
        return (int) end;
    }

    private static void writeU32LittleEndian(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
    }
}
