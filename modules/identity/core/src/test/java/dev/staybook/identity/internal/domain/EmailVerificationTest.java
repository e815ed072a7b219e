package dev.staybook.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.error.Forbidden;
import org.junit.jupiter.api.Test;

/** The three settings, with django-allauth's meanings. */
class EmailVerificationTest {

    @Test
    void mandatoryMailsATokenAndRefusesAnUnverifiedAccount() {
        assertTrue(EmailVerification.MANDATORY.sendsMail());
        assertEquals("email-not-verified",
                assertThrows(Forbidden.class, () -> EmailVerification.MANDATORY.requireMayAct(false)).code());
        assertDoesNotThrow(() -> EmailVerification.MANDATORY.requireMayAct(true));
    }

    @Test
    void optionalMailsATokenButRequiresNothing() {
        assertTrue(EmailVerification.OPTIONAL.sendsMail());
        assertDoesNotThrow(() -> EmailVerification.OPTIONAL.requireMayAct(false));
        assertDoesNotThrow(() -> EmailVerification.OPTIONAL.requireMayAct(true));
    }

    @Test
    void noneMailsNothingAndRequiresNothing() {
        assertFalse(EmailVerification.NONE.sendsMail());
        assertDoesNotThrow(() -> EmailVerification.NONE.requireMayAct(false));
    }

    @Test
    void theSettingIsReadWhateverItsCase() {
        assertEquals(EmailVerification.MANDATORY, EmailVerification.of("mandatory"));
        assertEquals(EmailVerification.OPTIONAL, EmailVerification.of(" Optional "));
        assertEquals(EmailVerification.NONE, EmailVerification.of("NONE"));
    }

    @Test
    void anUnknownSettingStopsTheStartUp() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> EmailVerification.of("sometimes"));
        assertTrue(refused.getMessage().contains("STAYBOOK_EMAIL_VERIFICATION"), refused.getMessage());
    }
}
