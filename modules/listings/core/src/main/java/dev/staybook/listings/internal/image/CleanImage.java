package dev.staybook.listings.internal.image;

import dev.staybook.kernel.error.RuleViolation;

/**
 * An uploaded image fit to be stored: a JPEG, PNG or WebP by its content (never by what the upload claims), within
 * the pixel limits by its header, with its metadata dropped. Its pixels are never decoded.
 */
public record CleanImage(ImageType type, ImageSize size, byte[] bytes) {

    /** Checks and cleans the upload; 422 for what is not a supported image or is too large once decoded. */
    public static CleanImage of(byte[] upload, ImageLimits limits) {
        ImageType type = ImageType.sniff(upload).orElseThrow(() -> new RuleViolation("unsupported-image",
                "The file is not a JPEG, PNG or WebP image (its content says so, whatever its name or declared type)."));
        ImageSize size = ImageSize.of(type, upload);
        if (size.width() < 1 || size.height() < 1) {
            throw new MalformedImage(type, "its header gives no size");
        }
        if (size.width() > limits.maxSide() || size.height() > limits.maxSide() || size.pixels() > limits.maxPixels()) {
            throw new RuleViolation("image-too-large", "The image is " + size.width() + " × " + size.height()
                    + " pixels; at most " + limits.maxSide() + " pixels a side and " + limits.maxPixels() + " pixels in all are accepted.");
        }
        return new CleanImage(type, size, stripped(type, upload));
    }

    private static byte[] stripped(ImageType type, byte[] bytes) {
        return switch (type) {
            case JPEG -> JpegMetadata.strip(bytes);
            case PNG -> PngMetadata.strip(bytes);
            case WEBP -> WebpMetadata.strip(bytes);
        };
    }
}
