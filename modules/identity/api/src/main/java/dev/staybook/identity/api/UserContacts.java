package dev.staybook.identity.api;

import java.util.Optional;

/**
 * The email address and name of a user, for modules that send them mail. Kept apart from
 * {@link UserDirectory}, whose public profiles never carry an email address.
 */
public interface UserContacts {

    /** The contact of an existing account (suspended ones too: they still get mail about their bookings; deleted ones have none). */
    Optional<Contact> contactOf(UserId id);
}
