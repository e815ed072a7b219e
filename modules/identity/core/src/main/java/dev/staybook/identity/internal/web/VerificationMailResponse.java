package dev.staybook.identity.internal.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a request for another verification mail. */
@Schema(requiredProperties = "detail")
public record VerificationMailResponse(String detail) {

    static final VerificationMailResponse ACCEPTED = new VerificationMailResponse(
            "A new verification token was mailed to the account's address.");
}
