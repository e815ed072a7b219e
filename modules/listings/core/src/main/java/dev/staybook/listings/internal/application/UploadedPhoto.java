package dev.staybook.listings.internal.application;

import dev.staybook.listings.internal.domain.Photo;
import dev.staybook.listings.internal.image.ImageSize;
import dev.staybook.listings.internal.image.ImageType;

/** A photo just uploaded: how the listing shows it, and what was stored once its metadata was dropped. */
public record UploadedPhoto(Photo photo, ImageType type, ImageSize size, int bytes) {
}
