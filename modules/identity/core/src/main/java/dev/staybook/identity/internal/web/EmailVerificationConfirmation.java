package dev.staybook.identity.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from the verification mail. */
public record EmailVerificationConfirmation(@NotBlank @Size(max = 200) String token) {
}
