package dev.staybook.identity.api;

import java.util.Optional;

/** The caller of the current request, from its verified access token. Injected into resources. */
public interface CurrentUser {

    /** The caller, or empty for an anonymous request. */
    Optional<Caller> caller();

    /** The caller; fails with 401 for an anonymous request. */
    Caller require();

    /**
     * The caller, if they may book and host: fails with 401 for an anonymous request, and with 403
     * {@code email-not-verified} when STAYBOOK_EMAIL_VERIFICATION is mandatory and the caller has not verified their
     * address. Browsing needs only {@link #require()}.
     */
    Caller requireVerified();
}
