package dev.staybook.identity.internal.application;

import java.time.Duration;
import java.time.Instant;

/** What a client receives on sign-in and refresh: a short-lived access token and the next refresh token. */
public record SignedIn(String accessToken, Duration accessTokenLifetime, String refreshToken, Instant refreshTokenExpiresAt) {
}
