package dev.staybook.identity.internal.web;

/** The answer to a request for another verification mail. */
public record VerificationMailResponse(String detail) {

    static final VerificationMailResponse ACCEPTED = new VerificationMailResponse(
            "A new verification token was mailed to the account's address.");
}
