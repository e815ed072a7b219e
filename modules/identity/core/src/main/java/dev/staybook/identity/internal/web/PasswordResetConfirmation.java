package dev.staybook.identity.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The token from the reset mail and the new password (the same rules as at registration). */
public record PasswordResetConfirmation(@NotBlank @Size(max = 200) String token, @NotNull @Size(min = 12, max = 128) String newPassword) {
}
