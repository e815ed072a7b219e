package dev.staybook.identity.internal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The owner confirms the deletion with the current password. */
@Schema(name = "DeleteAccountRequest")
public record DeleteAccountRequest(@NotNull @Size(max = 1024) String currentPassword) {
}
