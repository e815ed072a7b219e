package dev.staybook.it.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images for upload tests, made here with ImageIO (JPEG, PNG) or written byte by byte (WebP), with metadata put in. */
public final class Images {

    /** What the metadata put in the images says, to look for in what the server serves. */
    public static final String SECRET = "GPS 48.8584N 2.2945E";

    private static final byte[] WEBP_LOSSY = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private Images() {
    }

    /** A JPEG with an APP1 EXIF segment (the secret in it) right after its JFIF header. */
    public static byte[] jpegWithExif(int width, int height) {
        byte[] plain = encoded("jpeg", width, height);
        int afterApp0 = 4 + ((plain[4] & 0xFF) << 8 | plain[5] & 0xFF);
        byte[] payload = concat("Exif\0\0MM\0*\0\0\0\u0008".getBytes(StandardCharsets.ISO_8859_1), SECRET.getBytes(StandardCharsets.US_ASCII));
        int length = payload.length + 2;
        byte[] app1 = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, payload);
        return concat(Arrays.copyOf(plain, afterApp0), app1, Arrays.copyOfRange(plain, afterApp0, plain.length));
    }

    /** A PNG with a tEXt chunk (the secret in it) after its header. */
    public static byte[] pngWithText(int width, int height) {
        byte[] plain = encoded("png", width, height);
        int afterHeader = 8 + 12 + 13;
        byte[] text = pngChunk("tEXt", ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        return concat(Arrays.copyOf(plain, afterHeader), text, Arrays.copyOfRange(plain, afterHeader, plain.length));
    }

    /** A 1 × 1 lossy WebP with an extended header announcing an EXIF chunk (the secret in it). */
    public static byte[] webpWithExif() {
        ByteBuffer vp8x = ByteBuffer.allocate(10).put((byte) 0x08); // EXIF flag, canvas 1 × 1 (sizes minus one are zero)
        byte[] body = concat(webpChunk("VP8X", vp8x.array()), Arrays.copyOfRange(WEBP_LOSSY, 12, WEBP_LOSSY.length),
                webpChunk("EXIF", SECRET.getBytes(StandardCharsets.US_ASCII)));
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        return concat(header.array(), body);
    }

    /** A PNG whose header claims the size given (a decompression bomb's), with a few bytes of pixel data. */
    public static byte[] pngClaiming(int width, int height) {
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array();
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, pngChunk("IHDR", header),
                pngChunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00}), pngChunk("IEND", new byte[0]));
    }

    /** A small PNG no other call returns: its first pixels hold random bits, so its id is its own. */
    public static byte[] uniquePng() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int x = 0; x < 8; x++) {
            image.setRGB(x, 0, random.nextInt(0x1000000));
        }
        return written(image, "png");
    }

    public static byte[] encoded(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color(x * 255 / width, y * 255 / height, 90).getRGB());
            }
        }
        return written(image, format);
    }

    private static byte[] written(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean contains(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(ascii);
    }

    private static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        return chunk.putInt((int) crc.getValue()).array();
    }

    private static byte[] webpChunk(String fourCc, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        return chunk.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
