package dev.staybook.listings.internal.image;

import dev.staybook.kernel.error.RuleViolation;

/** The bytes start like a JPEG, PNG or WebP but their structure is broken (422). */
public class MalformedImage extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public MalformedImage(ImageType type, String why) {
        super("unreadable-image", "The file starts like a " + type + " image but cannot be read: " + why + ".");
    }
}
