package dev.staybook.identity.api;


/**
 * One module's part of a user's data export (GET /users/me/export). Each module that holds data about users
 * publishes one as a CDI bean; identity collects them all, so the archive grows with the modules, not with
 * identity's knowledge of them.
 */
public interface PersonalDataExport {

    /** The archive's key for this part, unique across modules (e.g. {@code bookings}). */
    String section();

    /**
     * Everything this module holds about the user, and nothing about anyone else beyond the ids and values the user
     * saw anyway (a booking's listing, a message's conversation): plain records, lists and maps, written as JSON.
     */
    Object exportFor(UserId user);
}
