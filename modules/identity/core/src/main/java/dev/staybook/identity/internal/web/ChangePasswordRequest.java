package dev.staybook.identity.internal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ChangePasswordRequest(@NotNull @Size(max = 1024) String currentPassword, @NotNull String newPassword) {
}
