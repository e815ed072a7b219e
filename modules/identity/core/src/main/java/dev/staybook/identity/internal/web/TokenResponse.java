package dev.staybook.identity.internal.web;

import dev.staybook.identity.internal.application.SignedIn;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OAuth-style token response: the access token, its lifetime in seconds, and the next refresh token. */
@Schema(requiredProperties = {"accessToken", "tokenType", "expiresIn", "refreshToken", "refreshTokenExpiresAt"})
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                            Instant refreshTokenExpiresAt) {

    static TokenResponse of(SignedIn signedIn) {
        return new TokenResponse(signedIn.accessToken(), "Bearer", signedIn.accessTokenLifetime().toSeconds(),
                signedIn.refreshToken(), signedIn.refreshTokenExpiresAt());
    }
}
