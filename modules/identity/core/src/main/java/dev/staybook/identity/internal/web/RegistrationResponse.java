package dev.staybook.identity.internal.web;

import dev.staybook.identity.internal.domain.EmailAddress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a registration, the same whether or not the email already had an account: what happens next.
 * Email verification will change {@code next} to {@code verify-email}, with nothing else to learn for clients.
 */
@Schema(requiredProperties = {"email", "next", "detail"})
public record RegistrationResponse(String email, String next, String detail) {

    static RegistrationResponse of(String email) {
        return new RegistrationResponse(EmailAddress.canonical(email), "sign-in",
                "If this address was free, its account is ready: sign in. If it already had an account, its owner was told by mail.");
    }
}
