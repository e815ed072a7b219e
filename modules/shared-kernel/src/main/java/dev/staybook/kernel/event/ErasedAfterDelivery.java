package dev.staybook.kernel.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property of an event that must not stay in the database once its subscribers are done with it: a one-time
 * token on its way to be mailed, and personal data (an address, a name, words a user wrote) that a subscriber needs
 * only to act on the event. The outbox erases it from the stored event as soon as no delivery of the event is pending
 * or parked, instead of keeping it for the event retention: someone who later reads the database (a backup, a replica,
 * a support query) finds no token to use, and an account deleted since finds its data gone with its events.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ErasedAfterDelivery {
}
