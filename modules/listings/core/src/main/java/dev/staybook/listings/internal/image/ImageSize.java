package dev.staybook.listings.internal.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * An image's width and height as its header states them, read without decoding a pixel, so that an image that
 * would take gigabytes once decoded (a decompression bomb) is refused at the cost of reading its header.
 */
public record ImageSize(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    static ImageSize of(ImageType type, byte[] bytes) {
        return type == ImageType.WEBP ? ofWebp(new Bytes(bytes, type)) : fromImageIoHeader(type, bytes);
    }

    /** ImageIO's JPEG and PNG readers answer getWidth and getHeight from the header (SOFn, IHDR). */
    private static ImageSize fromImageIoHeader(ImageType type, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("the Java runtime has no reader for " + type);
        }
        ImageReader reader = readers.next();
        try (MemoryCacheImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            return new ImageSize(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) { // the readers throw runtime exceptions on some broken headers
            throw new MalformedImage(type, "its header is broken");
        } finally {
            reader.dispose();
        }
    }

    /** The first chunk says: VP8X its canvas, VP8 (lossy) its key frame's header, VP8L (lossless) its header bits. */
    private static ImageSize ofWebp(Bytes in) {
        int chunk = WebpMetadata.HEADER;
        int data = chunk + 8;
        String fourCc = in.text(chunk, 4);
        switch (fourCc) {
            case "VP8X" -> {
                return new ImageSize(in.u24LittleEndian(data + 4) + 1, in.u24LittleEndian(data + 7) + 1);
            }
            case "VP8 " -> {
                if (in.u8(data + 3) != 0x9D || in.u8(data + 4) != 0x01 || in.u8(data + 5) != 0x2A) {
                    throw new MalformedImage(ImageType.WEBP, "its key frame has no start code");
                }
                return new ImageSize(in.u16LittleEndian(data + 6) & 0x3FFF, in.u16LittleEndian(data + 8) & 0x3FFF);
            }
            case "VP8L" -> {
                if (in.u8(data) != 0x2F) {
                    throw new MalformedImage(ImageType.WEBP, "its lossless header has no signature");
                }
                long bits = in.u32LittleEndian(data + 1);
                return new ImageSize((int) (bits & 0x3FFF) + 1, (int) (bits >>> 14 & 0x3FFF) + 1);
            }
            default -> throw new MalformedImage(ImageType.WEBP, "its first chunk is " + fourCc.strip() + ", not an image header");
        }
    }
}
