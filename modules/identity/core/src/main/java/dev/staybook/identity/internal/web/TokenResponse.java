package dev.staybook.identity.internal.web;

import dev.staybook.identity.internal.application.SignedIn;
import java.time.Instant;

/** OAuth-style token response: the access token, its lifetime in seconds, and the next refresh token. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                            Instant refreshTokenExpiresAt) {

    static TokenResponse of(SignedIn signedIn) {
        return new TokenResponse(signedIn.accessToken(), "Bearer", signedIn.accessTokenLifetime().toSeconds(),
                signedIn.refreshToken(), signedIn.refreshTokenExpiresAt());
    }
}
