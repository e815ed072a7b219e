package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.api.BookingId;
import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.api.event.BookingExpired;
import dev.staybook.bookings.internal.domain.Actor;
import dev.staybook.bookings.internal.domain.Booking;
import dev.staybook.bookings.internal.domain.BookingRepository;
import dev.staybook.bookings.internal.domain.StayRequirements;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicies;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicy;
import dev.staybook.bookings.internal.domain.cancellation.Refund;
import dev.staybook.bookings.internal.persistence.IdempotencyKey;
import dev.staybook.bookings.internal.persistence.IdempotencyKeys;
import dev.staybook.identity.api.AccountHolds;
import dev.staybook.identity.api.Caller;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.kernel.error.Forbidden;
import dev.staybook.kernel.error.InvalidInput;
import dev.staybook.kernel.error.NotFound;
import dev.staybook.kernel.error.RuleViolation;
import dev.staybook.kernel.error.Unauthenticated;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.listings.api.ListingId;
import dev.staybook.listings.api.ListingStatus;
import dev.staybook.outbox.Outbox;
import dev.staybook.payments.api.PaymentDirectory;
import dev.staybook.payments.api.PaymentSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Booking changes: book, answer a request, cancel, and the payment outcomes. Each change announces itself. */
@ApplicationScoped
@Transactional
public class BookingService {

    /** The reason a booking cancelled for non-payment shows in its history. */
    public static final String UNCOLLECTED = "payment could not be collected";

    @Inject
    BookingRepository bookings;
    @Inject
    PaymentDirectory payments;
    @Inject
    AccountHolds accounts;
    @Inject
    IdempotencyKeys idempotencyKeys;
    @Inject
    QuoteService quotes;
    @Inject
    ListingCatalog catalog;
    @Inject
    BookingSettings settings;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /**
     * Books the stay for the caller: the same checks and price as a quote, then the database decides
     * whether the dates are still free. Returns an earlier booking for a repeated Idempotency-Key.
     */
    public Placed place(Caller guest, PlaceBooking command) {
        // One guest's placements take turns from here on: a repeat of a request (same Idempotency-Key) that waited for
        // the first to commit then finds its booking, instead of finding the nights it holds taken.
        List<Instant> unpaidDeadlines = bookings.lockUnpaidDeadlinesOf(guest.id().value());
        Optional<Placed> earlier = replay(guest, command);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // the host's changes to the listing wait until this booking commits, and then see it
        catalog.lockForBooking(command.listingId());
        QuoteService.QuotedStay quoted = quotes.quote(command.listingId(), command.stay(), command.guests());
        StayRequirements.checkNotOwnListing(quoted.listing(), guest.id());
        holdBothAccountsOpen(guest.id(), quoted.listing().hostId());
        Money total = quoted.quote().guestTotal();
        if (command.expectedTotal() != null && !command.expectedTotal().currency().equals(total.currency())) {
            // the client's mistake, not a change of the host's: nothing to quote again
            throw InvalidInput.field("expectedTotal.currency", "must be the listing's currency, " + total.currency().getCurrencyCode());
        }
        if (command.expectedTotal() != null && !command.expectedTotal().equals(total)) {
            throw new Conflict("price-changed", "This stay now costs %s in all, not the %s expected: the host changed its price. "
                    .formatted(total, command.expectedTotal()) + "Quote it again, and book with the new total if the guest agrees.")
                    .with("total", total);
        }
        Instant now = clock.instant();
        settings.unpaidHolds().checkAnotherAllowed(unpaidDeadlines, now);
        UUID id = UuidV7.generate(now);
        if (command.idempotencyKey() != null) {
            // stored first: a concurrent request with the same key waits here, then fails with 409
            idempotencyKeys.add(new IdempotencyKey(guest.id().value(), command.idempotencyKey(), command.requestFingerprint(), id, now));
        }
        Booking booking = Booking.place(id, quoted.listing(), guest.id(), quoted.quote(), quoted.policy(),
                command.message(), now, settings.paymentWindow());
        bookings.add(booking);
        outbox.publish(BookingEvents.placed(booking, now));
        return new Placed(BookingDetails.of(booking), false);
    }

    /**
     * A booking needs both its parties: an account deleted while this transaction runs waits for it (and its guards then
     * refuse, as for any stay ahead), and one deleted just before is found so here, not left with a booking it cannot see.
     */
    private void holdBothAccountsOpen(UserId guest, UserId host) {
        Set<UserId> deleted = accounts.holdOpen(Set.copyOf(List.of(guest, host)));
        if (deleted.contains(guest)) {
            throw new Unauthenticated("invalid-token", "This account has been deleted: its tokens no longer work.");
        }
        if (deleted.contains(host)) {
            throw new NotFound("listing-not-found", "There is no such listing.");
        }
    }

    /** The booking an earlier request with the same key made; a different request with that key is refused. */
    public Optional<Placed> replay(Caller guest, PlaceBooking command) {
        if (command.idempotencyKey() == null) {
            return Optional.empty();
        }
        return idempotencyKeys.find(guest.id().value(), command.idempotencyKey()).map(key -> {
            if (!key.requestHash().equals(command.requestFingerprint())) {
                throw new RuleViolation("idempotency-key-reused",
                        "This Idempotency-Key was used for a different request. Use a new key for a new booking.");
            }
            return new Placed(BookingDetails.of(bookings.find(key.bookingId()).orElseThrow()), true);
        });
    }

    public BookingDetails accept(Caller caller, UUID id) {
        Booking booking = load(id);
        BookingAccess.requireHost(caller, booking);
        Instant now = clock.instant();
        if (catalog.find(new ListingId(booking.listingId())).filter(listing -> listing.status() != ListingStatus.ARCHIVED).isEmpty()) {
            throw new Conflict("listing-archived", "The listing is archived, so no stay there can be confirmed: decline the request.");
        }
        booking.accept(Actor.host(caller.id()), now);
        outbox.publish(BookingEvents.confirmed(booking, now));
        return BookingDetails.of(booking);
    }

    public BookingDetails decline(Caller caller, UUID id, String reason) {
        Booking booking = load(id);
        BookingAccess.requireHost(caller, booking);
        Instant now = clock.instant();
        booking.decline(Actor.host(caller.id()), reason, now);
        outbox.publish(BookingEvents.declined(booking, reason, now));
        return BookingDetails.of(booking);
    }

    /** The guest cancels under the booking's policy; the host cancels with a full refund to the guest. */
    public BookingDetails cancel(Caller caller, UUID id, String reason) {
        Booking booking = load(id);
        BookingAccess.requireVisible(caller, booking);
        Party party;
        Actor actor;
        if (BookingAccess.isGuest(caller, booking)) {
            party = Party.GUEST;
            actor = Actor.guest(caller.id());
        } else if (BookingAccess.isHost(caller, booking)) {
            party = Party.HOST;
            actor = Actor.host(caller.id());
        } else {
            throw new Forbidden("not-a-party", "Only the guest or the host of this booking may cancel it.");
        }
        Instant now = clock.instant();
        boolean wasCharged = booking.wasCharged();
        PaymentSummary payment = wasCharged ? paymentOf(booking) : null;
        if (payment != null && PaymentSummary.CAPTURE_FAILED.equals(payment.status())) {
            // Payments refused to capture it so far and is retrying: nothing was charged.
            Refund nothing = booking.cancelUncollected(party, actor, reason, now);
            outbox.publish(BookingEvents.cancelled(booking, party, false, nothing, now));
            return BookingDetails.of(booking);
        }
        UnaryOperator<Money> paidBack = payment == null ? UnaryOperator.identity() : payment::refundOnCancellation;
        CancellationPolicy policy = CancellationPolicies.find(booking.policy()).orElseThrow();
        Refund refund = booking.cancel(party, actor, policy, paidBack, reason, now);
        outbox.publish(BookingEvents.cancelled(booking, party, wasCharged, refund, now));
        return BookingDetails.of(booking);
    }

    private PaymentSummary paymentOf(Booking booking) {
        BookingId id = new BookingId(booking.id());
        return payments.summaries(List.of(id)).get(id);
    }

    /** The guest's payment is held; ignored unless the booking still waits for it (it may have expired meanwhile). */
    public void paymentAuthorized(BookingId id) {
        bookings.find(id.value()).filter(b -> b.status() == BookingStatus.PENDING_PAYMENT).ifPresent(booking -> {
            Instant now = clock.instant();
            booking.paymentAuthorized(now, settings.hostResponseWindow());
            outbox.publish(BookingEvents.authorized(booking, now));
        });
    }

    /** The payment was refused: the booking expires and frees its dates. */
    public void paymentFailed(BookingId id, String reason) {
        bookings.find(id.value()).filter(b -> b.status() == BookingStatus.PENDING_PAYMENT).ifPresent(booking -> {
            Instant now = clock.instant();
            String why = "payment failed: " + reason;
            booking.expire(why, now);
            outbox.publish(BookingEvents.expired(booking, BookingExpired.Cause.PAYMENT_FAILED, why, now));
        });
    }

    /**
     * Payments gave up capturing a confirmed booking's payment: the booking is cancelled, its nights released, and
     * both sides told (BookingCancelled); ignored if it is no longer confirmed (cancelled meanwhile, or checked in).
     */
    public void paymentUncollectable(BookingId id, String reason) {
        bookings.find(id.value()).filter(b -> b.status() == BookingStatus.CONFIRMED).ifPresent(booking -> {
            Instant now = clock.instant();
            Refund nothing = booking.cancelUnpaid(UNCOLLECTED + " (" + reason + ")", now);
            outbox.publish(BookingEvents.cancelled(booking, null, booking.wasCharged(), nothing, now));
        });
    }

    /**
     * Payments refunded a cancellation: the booking shows what was given back, which a support refund made between
     * the cancellation and its refund made smaller than the cancellation computed.
     */
    public void cancellationRefunded(BookingId id, Money given) {
        bookings.find(id.value()).ifPresent(booking -> booking.cancellationRefunded(given));
    }

    private Booking load(UUID id) {
        return bookings.find(id).orElseThrow(BookingAccess::notFound);
    }

    /** A placed booking, and whether it was placed by an earlier request with the same Idempotency-Key. */
    public record Placed(BookingDetails booking, boolean replayed) {
    }
}
