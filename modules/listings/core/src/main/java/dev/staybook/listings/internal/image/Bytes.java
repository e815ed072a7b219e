package dev.staybook.listings.internal.image;

/** Reads the fixed-size integers of image headers, failing with {@link MalformedImage} past the end. */
final class Bytes {

    private final byte[] bytes;
    private final ImageType type;

    Bytes(byte[] bytes, ImageType type) {
        this.bytes = bytes;
        this.type = type;
    }

    int length() {
        return bytes.length;
    }

    int u8(int at) {
        require(at, 1);
        return bytes[at] & 0xFF;
    }

    int u16BigEndian(int at) {
        return u8(at) << 8 | u8(at + 1);
    }

    int u16LittleEndian(int at) {
        return u8(at) | u8(at + 1) << 8;
    }

    int u24LittleEndian(int at) {
        return u16LittleEndian(at) | u8(at + 2) << 16;
    }

    long u32BigEndian(int at) {
        return (long) u16BigEndian(at) << 16 | u16BigEndian(at + 2);
    }

    long u32LittleEndian(int at) {
        return u16LittleEndian(at) | (long) u16LittleEndian(at + 2) << 16;
    }

    boolean hasText(int at, String ascii) {
        if (at < 0 || at + ascii.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    String text(int at, int length) {
        require(at, length);
        return new String(bytes, at, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    void require(int at, long length) {
        if (at < 0 || length < 0 || at + length > bytes.length) {
            throw new MalformedImage(type, "it ends before a part its header announces");
        }
    }

    byte[] raw() {
        return bytes;
    }
}
