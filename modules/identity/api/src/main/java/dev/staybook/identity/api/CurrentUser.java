package dev.staybook.identity.api;

import java.util.Optional;

/** The caller of the current request, from its verified access token. Injected into resources. */
public interface CurrentUser {

    /** The caller, or empty for an anonymous request. */
    Optional<Caller> caller();

    /** The caller; fails with 401 for an anonymous request. */
    Caller require();
}
