package dev.staybook.identity.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordResetRequest(@NotBlank @Email @Size(max = 254) String email) {

    public PasswordResetRequest {
        email = email == null ? null : email.strip(); // as at registration: pasted addresses come padded
    }
}
