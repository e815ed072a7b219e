package dev.staybook.listings.internal.application;

import dev.staybook.listings.internal.image.ImageLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The limits on uploaded photos, from the settings (README, Configuration). */
@ApplicationScoped
public class PhotoSettings {

    @Inject
    @ConfigProperty(name = "staybook.photo.max-bytes", defaultValue = "10485760")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "staybook.photo.max-side", defaultValue = "10000")
    int maxSide;
    @Inject
    @ConfigProperty(name = "staybook.photo.max-pixels", defaultValue = "40000000")
    long maxPixels;

    public ImageLimits limits() {
        return new ImageLimits(maxBytes, maxSide, maxPixels);
    }
}
