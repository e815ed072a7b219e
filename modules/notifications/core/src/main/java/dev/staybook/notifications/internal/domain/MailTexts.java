package dev.staybook.notifications.internal.domain;

import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The words of each mail: plain text, short, with what the recipient needs to act on. */
public final class MailTexts {

    private static final String SIGNATURE = "\n\n-- \nStaybook";
    private static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private MailTexts() {
    }

    /**
     * Without the name the account was registered with: anyone can register any address, and a name such as "your
     * account is locked, call ..." must not reach the owner of the address in a mail from us.
     */
    public static MailContent welcome() {
        return mail(MailKind.WELCOME, "Welcome to Staybook", "Hello,\n\nyour Staybook account is ready. "
                + "Find a place to stay, or become a host and list your own.\n\nIf you did not create this account, "
                + "ignore this mail: nobody can sign in without the password it was created with.");
    }

    /** To the owner of an address someone tried to register again: neutral, with nothing the attempt chose. */
    public static MailContent registrationAttempted(String name) {
        return mail(MailKind.REGISTRATION_ATTEMPTED, "Someone tried to register with your address", "Hello " + name
                + ",\n\nsomeone tried to create a Staybook account with this email address, which already has one. "
                + "Nothing was changed. If it was you, sign in with your password. If it was not, you need not do anything.");
    }

    /** The one-time token that sets a new password; harmless to anyone who did not ask for it. */
    public static MailContent passwordReset(String name, String token, Instant expiresAt) {
        return mail(MailKind.PASSWORD_RESET, "Reset your Staybook password", "Hello " + name
                + ",\n\nsomeone (we hope you) asked to reset the password of your Staybook account. To choose a new one, use"
                + " this reset token, valid once until " + UTC_MINUTE.format(expiresAt) + ":\n\n" + token + "\n\nSetting a new password signs you"
                + " out everywhere. If you did not ask for this, ignore this mail: your password stays as it is.");
    }

    /**
     * The one-time token that verifies the address; harmless to anyone who did not register with it. Without the
     * account's name, for the reason given at {@link #welcome()}.
     */
    public static MailContent emailVerification(String token, Instant expiresAt) {
        return mail(MailKind.EMAIL_VERIFICATION, "Confirm your email address for Staybook", "Hello,\n\nplease confirm that this is the address of your Staybook account. Use this verification token, valid"
                + " once until " + UTC_MINUTE.format(expiresAt) + ":\n\n" + token + "\n\nYou can browse before, but booking and"
                + " hosting may wait for it. If you did not create a Staybook account, ignore this mail.");
    }

    /** To the host, with the moment the request expires unanswered. */
    public static MailContent bookingRequested(String hostName, String listing, DateRange stay, Instant respondBy) {
        return mail(MailKind.BOOKING_REQUESTED, "New booking request for " + listing, "Hello " + hostName
                + ",\n\na guest asks to stay at " + listing + " " + nights(stay) + ". Accept or decline it by "
                + UTC_MINUTE.format(respondBy) + ": unanswered, it expires then and the guest is not charged.");
    }

    /** To the guest: the stay is theirs, and what it costs them. */
    public static MailContent bookingConfirmedForGuest(String guestName, String listing, DateRange stay, Money guestTotal) {
        return mail(MailKind.BOOKING_CONFIRMED, "Booking confirmed: " + listing, "Hello " + guestName + ",\n\nyour stay at "
                + listing + " " + nights(stay) + " is confirmed. Your total of " + guestTotal
                + " is charged to the card you booked with.");
    }

    /** To the host: a guest is coming, and what the host earns for it. */
    public static MailContent bookingConfirmedForHost(String hostName, String listing, DateRange stay, Money hostPayout) {
        return mail(MailKind.BOOKING_CONFIRMED, "Booking confirmed: " + listing, "Hello " + hostName + ",\n\na guest's stay at "
                + listing + " " + nights(stay) + " is confirmed. You earn " + hostPayout + " for it, paid out after the stay.");
    }

    public static MailContent bookingDeclined(String name, String listing, DateRange stay) {
        return mail(MailKind.BOOKING_DECLINED, "Booking request declined: " + listing, "Hello " + name
                + ",\n\nthe host declined your request to stay at " + listing + " " + nights(stay)
                + ". Your payment was released.");
    }

    /** To the guest: the host let the request's deadline pass. */
    public static MailContent requestExpired(String guestName, String listing, DateRange stay) {
        return mail(MailKind.BOOKING_EXPIRED, "Booking request expired: " + listing, "Hello " + guestName
                + ",\n\nthe host did not answer your request to stay at " + listing + " " + nights(stay) + " in time, so"
                + " it expired. Nothing was charged: the hold on your card is released.");
    }

    /** To the host: their unanswered request expired; the nights are free again. */
    public static MailContent requestExpiredUnanswered(String hostName, String listing, DateRange stay) {
        return mail(MailKind.BOOKING_EXPIRED, "Booking request expired: " + listing, "Hello " + hostName
                + ",\n\nthe request to stay at " + listing + " " + nights(stay) + " expired because it was not answered"
                + " within 24 hours. The guest was not charged, and the nights are free again.");
    }

    /** To the guest: the payment was not completed within the payment window. */
    public static MailContent bookingUnpaidExpired(String guestName, String listing, DateRange stay) {
        return mail(MailKind.BOOKING_EXPIRED, "Booking not completed: " + listing, "Hello " + guestName
                + ",\n\nyour booking of " + listing + " " + nights(stay) + " expired because its payment was not"
                + " completed in time. Nothing was charged, and the nights are free again.");
    }

    /**
     * To the guest: who cancelled ({@code byWhom}: "you", "the host") and what comes back to their card, as the
     * cancellation policy gives it.
     */
    public static MailContent bookingCancelledForGuest(String guestName, String listing, DateRange stay, String byWhom, Money refund) {
        String refunded = refund.isZero()
                ? "Nothing is refunded."
                : "You are refunded " + refund + " to the card you paid with; it can take a few days to show on your statement.";
        return mail(MailKind.BOOKING_CANCELLED, "Booking cancelled: " + listing, "Hello " + guestName + ",\n\nyour stay at "
                + listing + " " + nights(stay) + " was cancelled by " + byWhom + ". " + refunded);
    }

    /** To the host: who cancelled ({@code byWhom}: "you", "the guest"), what the guest gets back, and the free nights. */
    public static MailContent bookingCancelledForHost(String hostName, String listing, DateRange stay, String byWhom, Money refund) {
        String refunded = refund.isZero() ? "Nothing is refunded to the guest." : "The guest is refunded " + refund + ".";
        return mail(MailKind.BOOKING_CANCELLED, "Booking cancelled: " + listing, "Hello " + hostName + ",\n\nthe stay at "
                + listing + " " + nights(stay) + " was cancelled by " + byWhom + ". " + refunded + " The nights are free again.");
    }

    /**
     * To guest and host alike: a booking was cancelled ({@code byWhom}: "you", "the guest", "the host") before the guest
     * was charged (a request withdrawn, or a confirmed booking whose payment was not collected yet).
     */
    public static MailContent bookingCancelledUncharged(String name, String listing, DateRange stay, String byWhom) {
        return mail(MailKind.BOOKING_CANCELLED, "Booking cancelled: " + listing, "Hello " + name + ",\n\nthe stay at "
                + listing + " " + nights(stay) + " was cancelled by " + byWhom + " before the guest was charged. Nothing was"
                + " charged, so nothing is refunded: the hold on the guest's card is released.");
    }

    /** To guest and host alike: Staybook cancelled a confirmed booking whose payment it could not collect. */
    public static MailContent bookingCancelledUnpaid(String name, String listing, DateRange stay) {
        return mail(MailKind.BOOKING_CANCELLED, "Booking cancelled: " + listing, "Hello " + name + ",\n\nthe stay at "
                + listing + " " + nights(stay) + " was cancelled because the payment could not be collected. Nothing was"
                + " charged, so nothing is refunded, and the nights are free again.");
    }

    public static MailContent paymentFailed(String name, String reason) {
        return mail(MailKind.PAYMENT_FAILED, "Your payment did not go through", "Hello " + name
                + ",\n\nwe could not take the payment for your booking (" + reason + "). The booking was not made.");
    }

    public static MailContent payoutSent(String name, Money amount, int stays) {
        return mail(MailKind.PAYOUT_SENT, "Payout sent: " + amount, "Hello " + name + ",\n\nwe sent you " + amount
                + " for " + stays + (stays == 1 ? " stay." : " stays."));
    }

    /** Why a payout did not reach the host, and whether it will be tried again or support takes over. */
    public static MailContent payoutFailed(String name, Money amount, String reason, Instant nextAttempt) {
        String next = nextAttempt == null
                ? "We will not try again by ourselves: our support team looks at it and will contact you."
                : "We will try again on " + nextAttempt.atZone(ZoneOffset.UTC).toLocalDate() + " (UTC). Check your payout account "
                + "on Staybook in the meantime.";
        return mail(MailKind.PAYOUT_FAILED, "Payout not sent: " + amount, "Hello " + name + ",\n\nyour payout of " + amount
                + " could not be sent. The payment provider said: " + reason + ".\n\n" + next);
    }

    /** The reason is what support wrote for the guest; it is quoted as written. */
    public static MailContent refundedBySupport(String name, Money amount, String reason) {
        return mail(MailKind.REFUNDED_BY_SUPPORT, "Refund: " + amount, "Hello " + name + ",\n\nStaybook support refunded you "
                + amount + " to the card you paid with. It can take a few days to show on your statement.\n\nSupport's note: "
                + reason);
    }

    /**
     * To the recipient of a message: who wrote, about which listing, and the start of the text. The sender is named in
     * the body only: subjects are kept and exported with the recipient's data, which holds no other user's name.
     */
    public static MailContent newMessage(String name, String senderName, String listing, String excerpt) {
        return mail(MailKind.NEW_MESSAGE, "New message about " + listing, "Hello " + name + ",\n\n"
                + senderName + " wrote to you about " + listing + ":\n\n" + excerpt
                + "\n\nReply in your Staybook conversations.");
    }

    /** To the reviewed side: a guest's review of the host's listing, or a host's review of the guest after a stay there. */
    public static MailContent reviewPublished(String name, boolean ofTheListing, String listing, int overall) {
        String what = ofTheListing ? "a review of " + listing : "your host's review of your stay at " + listing;
        return mail(MailKind.REVIEW_PUBLISHED, "New review: " + listing, "Hello " + name + ",\n\n" + what + " ("
                + overall + " of 5 stars) is now public.");
    }

    /**
     * To the host: a calendar synced into the listing ({@code calendarName}, the host's own name for it) takes nights
     * guests booked here. The bookings stand; the other platform is where the host settles it.
     */
    public static MailContent calendarDoubleBooked(String hostName, String listing, String calendarName, List<DateRange> nights) {
        String runs = nights.stream().map(run -> "- " + nights(run)).collect(Collectors.joining("\n"));
        return mail(MailKind.CALENDAR_DOUBLE_BOOKED, "Double booking: " + listing, "Hello " + hostName + ",\n\nthe calendar \""
                + calendarName + "\" that you sync into " + listing + " takes nights that guests booked on Staybook:\n\n" + runs
                + "\n\nThe Staybook bookings stand. Free these nights on the other platform, or settle the double booking with"
                + " its guest there.");
    }

    private static String nights(DateRange stay) {
        return "from " + stay.checkIn() + " to " + stay.checkOut();
    }

    private static MailContent mail(MailKind kind, String subject, String body) {
        return new MailContent(kind, subject, body + SIGNATURE);
    }
}
