package dev.staybook.notifications.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    private static final DateRange STAY = new DateRange(LocalDate.parse("2027-05-01"), LocalDate.parse("2027-05-04"));

    @Test
    void aPasswordResetMailCarriesTheTokenAndWhenItExpires() {
        MailContent mail = MailTexts.passwordReset("Ada", "s3cr3t-token", Instant.parse("2027-05-01T10:15:42Z"));

        assertEquals(MailKind.PASSWORD_RESET, mail.kind());
        assertEquals("Reset your Staybook password", mail.subject());
        assertTrue(mail.body().contains("\n\ns3cr3t-token\n\n"), mail.body());
        assertTrue(mail.body().contains("until 2027-05-01 10:15 UTC"), mail.body());
        assertTrue(mail.body().startsWith("Hello Ada,"));
    }

    @Test
    void aCancellationTellsTheGuestWhoCancelledAndTheirRefund() {
        MailContent mail = MailTexts.bookingCancelledForGuest("Ada", "Bright loft", STAY, "the host", Money.of("212.50", "EUR"));

        assertEquals(MailKind.BOOKING_CANCELLED, mail.kind());
        assertEquals("Booking cancelled: Bright loft", mail.subject());
        assertTrue(mail.body().startsWith("Hello Ada,\n\nyour stay at Bright loft from 2027-05-01 to 2027-05-04 was cancelled"
                + " by the host. You are refunded 212.50 EUR to the card you paid with"), mail.body());
    }

    @Test
    void aCancellationTellsTheHostWhoCancelledWhatTheGuestGetsBackAndThatTheNightsAreFree() {
        MailContent mail = MailTexts.bookingCancelledForHost("Bo", "Bright loft", STAY, "the guest", Money.of("212.50", "EUR"));

        assertEquals("Booking cancelled: Bright loft", mail.subject());
        assertTrue(mail.body().startsWith("Hello Bo,\n\nthe stay at Bright loft from 2027-05-01 to 2027-05-04 was cancelled by"
                + " the guest. The guest is refunded 212.50 EUR. The nights are free again."), mail.body());
    }

    @Test
    void aCancellationThatRefundsNothingSaysSoRatherThanNamingZero() {
        Money nothing = Money.of("0.00", "EUR");

        assertTrue(MailTexts.bookingCancelledForGuest("Ada", "Loft", STAY, "you", nothing).body()
                .contains("was cancelled by you. Nothing is refunded."));
        assertTrue(MailTexts.bookingCancelledForHost("Bo", "Loft", STAY, "the guest", nothing).body()
                .contains("Nothing is refunded to the guest."));
    }

    @Test
    void aConfirmationTellsTheGuestTheirTotalAndTheHostTheirEarnings() {
        MailContent guest = MailTexts.bookingConfirmedForGuest("Ada", "Loft", STAY, Money.of("403.00", "EUR"));
        MailContent host = MailTexts.bookingConfirmedForHost("Bo", "Loft", STAY, Money.of("351.00", "EUR"));

        assertEquals("Booking confirmed: Loft", guest.subject());
        assertTrue(guest.body().contains("your stay at Loft from 2027-05-01 to 2027-05-04 is confirmed. Your total of 403.00 EUR"),
                guest.body());
        assertEquals("Booking confirmed: Loft", host.subject());
        assertTrue(host.body().contains("is confirmed. You earn 351.00 EUR for it, paid out after the stay."), host.body());
    }

    @Test
    void aDoubleBookingNamesTheCalendarAndEachRunOfNights() {
        MailContent mail = MailTexts.calendarDoubleBooked("Bo", "Loft", "Airbnb", List.of(STAY,
                new DateRange(LocalDate.parse("2027-06-10"), LocalDate.parse("2027-06-11"))));

        assertEquals(MailKind.CALENDAR_DOUBLE_BOOKED, mail.kind());
        assertEquals("Double booking: Loft", mail.subject());
        assertTrue(mail.body().contains("the calendar \"Airbnb\" that you sync into Loft takes nights that guests booked on Staybook:"
                + "\n\n- from 2027-05-01 to 2027-05-04\n- from 2027-06-10 to 2027-06-11\n\nThe Staybook bookings stand."), mail.body());
    }

    @Test
    void aRequestTellsTheHostWhenItExpires() {
        MailContent mail = MailTexts.bookingRequested("Bo", "Loft", STAY, Instant.parse("2027-04-02T09:30:12Z"));

        assertEquals(MailKind.BOOKING_REQUESTED, mail.kind());
        assertEquals("New booking request for Loft", mail.subject());
        assertTrue(mail.body().contains("Accept or decline it by 2027-04-02 09:30 UTC"), mail.body());
    }

    @Test
    void aCancellationForNonPaymentSaysWhyAndThatNothingWasCharged() {
        MailContent mail = MailTexts.bookingCancelledUnpaid("Ada", "Bright loft", STAY);

        assertEquals(MailKind.BOOKING_CANCELLED, mail.kind());
        assertEquals("Booking cancelled: Bright loft", mail.subject());
        assertTrue(mail.body().contains("because the payment could not be collected"), mail.body());
        assertTrue(mail.body().contains("Nothing was charged"), mail.body());
        assertTrue(mail.body().contains("from 2027-05-01 to 2027-05-04"), mail.body());
    }

    @Test
    void aCancellationBeforeTheGuestWasChargedRefundsNothing() {
        MailContent mail = MailTexts.bookingCancelledUncharged("Ada", "Bright loft", STAY, "the guest");

        assertEquals(MailKind.BOOKING_CANCELLED, mail.kind());
        assertTrue(mail.body().contains("was cancelled by the guest before"), mail.body());
        assertTrue(mail.body().contains("before the guest was charged. Nothing was charged"), mail.body());
        assertTrue(mail.body().contains("the hold on the guest's card is released"), mail.body());
        assertTrue(mail.body().contains("from 2027-05-01 to 2027-05-04"), mail.body());
    }

    @Test
    void aRefusedPayoutGivesTheReasonAndWhatHappensNext() {
        MailContent retried = MailTexts.payoutFailed("Bo", Money.of("90.00", "EUR"), "account_closed",
                java.time.Instant.parse("2027-03-02T02:00:00Z"));
        assertEquals(MailKind.PAYOUT_FAILED, retried.kind());
        assertEquals("Payout not sent: 90.00 EUR", retried.subject());
        assertTrue(retried.body().contains("account_closed") && retried.body().contains("try again on 2027-03-02"), retried.body());
        MailContent givenUp = MailTexts.payoutFailed("Bo", Money.of("90.00", "EUR"), "account_closed", null);
        assertTrue(givenUp.body().contains("support team"), givenUp.body());
    }

    @Test
    void eachMailNamesWhatHappened() {
        assertEquals("Payout sent: 90.00 EUR", MailTexts.payoutSent("Bo", Money.of("90.00", "EUR"), 1).subject());
        assertTrue(MailTexts.payoutSent("Bo", Money.of("90.00", "EUR"), 2).body().contains("2 stays"));
        MailContent message = MailTexts.newMessage("Bo", "Ada", "Loft by the canal", "Is there parking?");
        assertEquals("New message about Loft by the canal", message.subject(), "no other user's name in what the export keeps");
        assertTrue(message.body().contains("Ada wrote to you about Loft by the canal:\n\nIs there parking?"), message.body());
        MailContent ofListing = MailTexts.reviewPublished("Bo", true, "Loft by the canal", 4);
        assertEquals("New review: Loft by the canal", ofListing.subject());
        assertTrue(ofListing.body().contains("a review of Loft by the canal (4 of 5 stars) is now public"), ofListing.body());
        assertTrue(MailTexts.reviewPublished("Cy", false, "Loft by the canal", 5).body()
                .contains("your host's review of your stay at Loft by the canal (5 of 5 stars)"));
        assertTrue(MailTexts.paymentFailed("Bo", "card declined").body().contains("card declined"));
    }

    @Test
    void theWelcomeCarriesNothingTheRegistrationChose() {
        MailContent welcome = MailTexts.welcome();
        assertTrue(welcome.body().startsWith("Hello,\n"), welcome.body());
        assertEquals(MailKind.REGISTRATION_ATTEMPTED, MailTexts.registrationAttempted("Ada").kind());
    }

    @Test
    void aSubjectStaysOnOneLineWhateverATitleHolds() {
        MailContent mail = MailTexts.bookingConfirmedForGuest("Ada", "Loft\r\nBcc: victim@example.com", STAY,
                Money.of("10.00", "EUR"));
        assertEquals("Booking confirmed: Loft  Bcc: victim@example.com", mail.subject());
    }
}
