package dev.staybook.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
