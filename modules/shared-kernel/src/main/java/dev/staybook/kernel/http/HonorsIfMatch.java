package dev.staybook.kernel.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that writes: it compares If-Match with the entity tag of its resource's current representation
 * (the one a GET of it answered with), and changes nothing when they differ (412). Writes without it refuse If-Match
 * with a tag, since nothing could make the condition hold.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HonorsIfMatch {
}
