package dev.staybook.identity.internal.domain;

import dev.staybook.kernel.error.InvalidInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be, following NIST SP 800-63B: long enough (12 to 128 characters), not a
 * known common password, not the account's own email address. No composition rules: they make
 * passwords harder to remember without making them stronger.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the identity module");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with 400 naming {@code field} if the password is not acceptable for this account. */
    public void check(String field, String password, EmailAddress owner) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw InvalidInput.field(field, "must be at least %d characters".formatted(MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            throw InvalidInput.field(field, "must be at most %d characters".formatted(MAX_LENGTH));
        }
        String lowered = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lowered) || isOneRepeatedCharacter(lowered)) {
            throw InvalidInput.field(field, "is too common: choose a less guessable password");
        }
        if (owner != null && owner.appearsIn(password)) {
            throw InvalidInput.field(field, "must not contain your email address");
        }
    }

    private static boolean isOneRepeatedCharacter(String password) {
        return password.codePoints().distinct().count() == 1;
    }
}
