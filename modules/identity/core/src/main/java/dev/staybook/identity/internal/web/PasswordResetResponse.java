package dev.staybook.identity.internal.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a reset request, the same whether or not an account has the address. */
@Schema(requiredProperties = "detail")
public record PasswordResetResponse(String detail) {

    static final PasswordResetResponse ACCEPTED = new PasswordResetResponse(
            "If an account has this address, a password reset link valid for one hour was mailed to it.");
}
