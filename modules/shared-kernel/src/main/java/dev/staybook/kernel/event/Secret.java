package dev.staybook.kernel.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property of an event that must not stay in the database once its subscribers are done with it, such as a
 * one-time token on its way to be mailed. The outbox erases it from the stored event as soon as no delivery of the
 * event is pending or parked: someone who later reads the database (a backup, a replica, a support query) finds no
 * token to use.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Secret {
}
