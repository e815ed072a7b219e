package dev.staybook.listings.internal.image;

import java.io.ByteArrayOutputStream;

/**
 * Drops a JPEG's metadata by rewriting its segment stream, never re-encoding: the APP1 to APP15 segments (EXIF
 * with its GPS position, XMP, maker notes, Photoshop's IPTC) and comments go; APP0 (JFIF), the colour profile
 * (APP2 ICC_PROFILE) and Adobe's APP14 (how to read the colours) stay, as do the frames and the scans' data.
 */
final class JpegMetadata {

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int COM = 0xFE;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;

    private JpegMetadata() {
    }

    static byte[] strip(byte[] jpeg) {
        Bytes in = new Bytes(jpeg, ImageType.JPEG);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(0xD8);
        int at = 2;
        while (at < in.length()) {
            if (in.u8(at) != 0xFF) {
                throw new MalformedImage(ImageType.JPEG, "a segment does not start with a marker");
            }
            int marker = in.u8(at + 1);
            if (marker == 0xFF) { // fill byte before a marker
                at++;
            } else if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                break; // whatever trails the image is dropped too
            } else if (standsAlone(marker)) {
                out.write(jpeg, at, 2);
                at += 2;
            } else {
                int end = at + 2 + in.u16BigEndian(at + 2);
                in.require(at, end - at);
                if (keeps(marker, in, at + 4)) {
                    out.write(jpeg, at, end - at);
                }
                at = marker == SOS ? copyScanData(jpeg, end, out) : end;
            }
        }
        return out.toByteArray();
    }

    private static boolean standsAlone(int marker) {
        return marker == 0x01 || marker >= 0xD0 && marker <= 0xD8;
    }

    private static boolean keeps(int marker, Bytes in, int payload) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > APP15) {
            return true;
        }
        return marker == APP0 || marker == APP2 && in.hasText(payload, "ICC_PROFILE\0") || marker == APP14 && in.hasText(payload, "Adobe");
    }

    /** Copies the entropy-coded data after a scan's header up to the next marker (FF not followed by 00 or a restart). */
    private static int copyScanData(byte[] jpeg, int from, ByteArrayOutputStream out) {
        int at = from;
        while (at + 1 < jpeg.length) {
            int next = jpeg[at + 1] & 0xFF;
            if ((jpeg[at] & 0xFF) == 0xFF && next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                break;
            }
            at++;
        }
        if (at + 1 >= jpeg.length) {
            at = jpeg.length;
        }
        out.write(jpeg, from, at - from);
        return at;
    }
}
