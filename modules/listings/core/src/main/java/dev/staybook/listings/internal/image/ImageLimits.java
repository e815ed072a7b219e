package dev.staybook.listings.internal.image;

/** How large an uploaded photo may be: in bytes as sent, and in pixels as its header states (each side, and all). */
public record ImageLimits(long maxBytes, int maxSide, long maxPixels) {

    public ImageLimits {
        if (maxBytes < 1 || maxSide < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("photo limits must be positive");
        }
    }
}
