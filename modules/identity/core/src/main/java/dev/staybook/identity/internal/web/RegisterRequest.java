package dev.staybook.identity.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RegisterRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(min = 12, max = 128) String password,
        @NotBlank @Size(max = 100) String name) {

    public RegisterRequest {
        email = email == null ? null : email.strip(); // clients often send pasted, padded addresses
    }
}
