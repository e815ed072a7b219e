package dev.staybook.identity.internal.domain;

import dev.staybook.kernel.error.Forbidden;
import java.util.Locale;

/**
 * The STAYBOOK_EMAIL_VERIFICATION setting, with the meanings of django-allauth's ACCOUNT_EMAIL_VERIFICATION: whether a
 * verification mail is sent on registration and whether an unverified account may book and host. Browsing (search,
 * listings, quotes) never needs a verified address.
 */
public enum EmailVerification {
    /** The mail is sent; booking, becoming a host and creating listings wait until the address is verified. */
    MANDATORY,
    /** The mail is sent; nothing waits for it. */
    OPTIONAL,
    /** No mail is sent and nothing waits. */
    NONE;

    /** Reads the setting; an unknown value stops the start-up rather than silently changing what is required. */
    public static EmailVerification of(String setting) {
        try {
            return valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("STAYBOOK_EMAIL_VERIFICATION must be mandatory, optional or none, not '" + setting + "'",
                    unknown);
        }
    }

    /** Whether registration (and a request for another mail) sends a verification token. */
    public boolean sendsMail() {
        return this != NONE;
    }

    /** Whether an account may book and host now; 403 {@code email-not-verified} when it must verify first. */
    public void requireMayAct(boolean emailVerified) {
        if (this == MANDATORY && !emailVerified) {
            throw new Forbidden("email-not-verified", "Verify your email address first: follow the link mailed to you, or ask for "
                    + "a new one with POST /api/v1/users/me/verification-mail.");
        }
    }
}
