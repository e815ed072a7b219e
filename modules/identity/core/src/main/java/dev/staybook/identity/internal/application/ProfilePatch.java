package dev.staybook.identity.internal.application;

import dev.staybook.identity.internal.domain.Profile;

/** A partial change to a profile, applied inside the transaction to the profile as it is then. */
@FunctionalInterface
public interface ProfilePatch {

    Profile applyTo(Profile current);
}
