package dev.staybook.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final EmailAddress OWNER = EmailAddress.of("ana@example.com");
    /** Two emoji outside the Basic Multilingual Plane: one code point each, two UTF-16 chars each. */
    private static final String GRINNING = "\uD83D\uDE00";
    private static final String BEAMING = "\uD83D\uDE01";

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("Correct Horse Battery"));

    @Test
    void acceptsAPasswordOf12Characters() {
        assertDoesNotThrow(() -> policy.check("password", "plum-otter-9", OWNER));
    }

    @Test
    void rejectsAPasswordOf11Characters() {
        assertRejected("plum-otter9", "must be at least 12 characters");
    }

    @Test
    void countsCodePointsNotCharsForTheMinimum() {
        String elevenEmoji = (GRINNING + BEAMING).repeat(5) + GRINNING;

        assertRejected(elevenEmoji, "must be at least 12 characters");
    }

    @Test
    void acceptsAPasswordOf128Characters() {
        assertDoesNotThrow(() -> policy.check("password", "ab".repeat(64), OWNER));
    }

    @Test
    void rejectsAPasswordOf129Characters() {
        assertRejected("ab".repeat(64) + "c", "must be at most 128 characters");
    }

    @Test
    void countsCodePointsNotCharsForTheMaximum() {
        String hundredEmoji = (GRINNING + BEAMING).repeat(50);

        assertDoesNotThrow(() -> policy.check("password", hundredEmoji, OWNER));
    }

    @Test
    void rejectsAMissingPassword() {
        assertRejected(null, "must be at least 12 characters");
    }

    @Test
    void rejectsACommonPasswordWhateverItsCase() {
        assertRejected("cORRECT hORSE bATTERY", "is too common: choose a less guessable password");
    }

    @Test
    void rejectsOneCharacterRepeated() {
        assertRejected("aAaAaAaAaAaA", "is too common: choose a less guessable password");
    }

    @Test
    void rejectsOneEmojiRepeated() {
        assertRejected(GRINNING.repeat(12), "is too common: choose a less guessable password");
    }

    @Test
    void rejectsAPasswordContainingTheOwnersEmailWhateverItsCase() {
        assertRejected("my ANA@EXAMPLE.COM secret", "must not contain your email address");
    }

    @Test
    void rejectsAPasswordContainingTheOwnersEmailInAnotherUnicodeSpelling() {
        EmailAddress owner = EmailAddress.of("jos\u00e9@example.com");

        InvalidInput rejected = assertThrows(InvalidInput.class, () -> policy.check("password", "my jose\u0301@example.com secret", owner));

        assertEquals(List.of(new FieldError("password", "must not contain your email address")), rejected.errors());
    }

    @Test
    void acceptsAnyUncommonPasswordWhenThereIsNoOwnerYet() {
        assertDoesNotThrow(() -> policy.check("password", "ana@example.com secret", null));
    }

    @Test
    void namesTheFieldItWasAskedToCheck() {
        InvalidInput rejected = assertThrows(InvalidInput.class, () -> policy.check("newPassword", "short", OWNER));

        assertEquals(List.of("newPassword"), rejected.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void standardPolicyRejectsAPasswordFromTheBundledList() {
        PasswordPolicy standard = PasswordPolicy.standard();

        assertThrows(InvalidInput.class, () -> standard.check("password", "QWERTY123456", OWNER));
    }

    @Test
    void standardPolicyAcceptsAnUncommonPassword() {
        PasswordPolicy standard = PasswordPolicy.standard();

        assertDoesNotThrow(() -> standard.check("password", "violet tugboat lantern", OWNER));
    }

    private void assertRejected(String password, String message) {
        InvalidInput rejected = assertThrows(InvalidInput.class, () -> policy.check("password", password, OWNER));
        assertEquals(List.of(new FieldError("password", message)), rejected.errors());
    }
}
