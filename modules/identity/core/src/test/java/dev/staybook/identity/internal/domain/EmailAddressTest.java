package dev.staybook.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.error.FieldError;
import dev.staybook.kernel.error.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void lowerCasesAndStripsTheAddress() {
        assertEquals("ana@example.com", EmailAddress.of("  Ana@Example.COM \n").value());
    }

    @Test
    void addressesDifferingOnlyInCaseAreEqual() {
        assertEquals(EmailAddress.of("ANA@example.com"), EmailAddress.of("ana@EXAMPLE.com"));
    }

    @Test
    void decomposedAndComposedSpellingsAreOneAddress() {
        assertEquals(EmailAddress.of("jos\u00e9@example.com"), EmailAddress.of("jose\u0301@example.com"));
    }

    @Test
    void storesTheComposedSpelling() {
        assertEquals("jos\u00e9@example.com", EmailAddress.of("jose\u0301@example.com").value());
    }

    @Test
    void leavesAComposedAddressAsItIs() {
        assertEquals("jos\u00e9@\u00e9cole.example", EmailAddress.of("jos\u00e9@\u00e9cole.example").value());
    }

    @Test
    void lowerCasesAfterComposing() {
        assertEquals("jos\u00e9@example.com", EmailAddress.of("JOSE\u0301@Example.COM").value());
        assertEquals(EmailAddress.of("JOS\u00c9@example.com"), EmailAddress.of("jose\u0301@example.com"));
    }

    @Test
    void composesWhatLowerCasingMadeComposable() {
        // no capital J with caron exists, so "J" and the combining caron only compose once lower-cased
        assertEquals(EmailAddress.of("\u01f0@example.com"), EmailAddress.of("J\u030c@example.com"));
    }

    @Test
    void keepsCompatibilityCharactersAsTyped() {
        // NFKC would fold the fullwidth "a" and the "fi" ligature into other, plain addresses
        assertEquals("\uff41\ufb01@example.com", EmailAddress.of("\uff41\ufb01@example.com").value());
    }

    @Test
    void checksTheLengthOfTheComposedSpelling() {
        String address = "a@" + "e\u0301".repeat(248) + ".com"; // 502 chars as sent, 254 composed

        assertEquals(254, EmailAddress.of(address).value().length());
    }

    @Test
    void findsItselfInTextWhateverItsCaseAndSpelling() {
        EmailAddress address = EmailAddress.of("jos\u00e9@example.com");

        assertTrue(address.appearsIn("my JOSE\u0301@EXAMPLE.COM secret"));
        assertFalse(address.appearsIn("my jose@example.com secret"));
    }

    @Test
    void rejectsAnAddressWithoutAnAtSign() {
        assertRejected("ana.example.com");
    }

    @Test
    void rejectsAnAddressWithTwoAtSigns() {
        assertRejected("ana@maria@example.com");
    }

    @Test
    void rejectsADomainWithoutADot() {
        assertRejected("ana@localhost");
    }

    @Test
    void rejectsADomainWithAnEmptyLabel() {
        assertRejected("ana@example..com");
    }

    @Test
    void rejectsWhitespaceInsideTheAddress() {
        assertRejected("ana maria@example.com");
    }

    @Test
    void rejectsALocalPartLongerThan64Characters() {
        assertRejected("a".repeat(65) + "@example.com");
    }

    @Test
    void rejectsAMissingAddress() {
        assertRejected(null);
    }

    @Test
    void acceptsAnAddressOfExactly254Characters() {
        String address = "a@" + "b".repeat(248) + ".com";

        assertEquals(254, EmailAddress.of(address).value().length());
    }

    @Test
    void rejectsAnAddressLongerThan254Characters() {
        assertRejected("a@" + "b".repeat(249) + ".com");
    }

    @Test
    void namesTheEmailFieldWhenRejecting() {
        InvalidInput rejected = assertThrows(InvalidInput.class, () -> EmailAddress.of("nope"));

        assertEquals(List.of("email"), rejected.errors().stream().map(FieldError::field).toList());
    }

    private static void assertRejected(String raw) {
        assertThrows(InvalidInput.class, () -> EmailAddress.of(raw));
    }
}
