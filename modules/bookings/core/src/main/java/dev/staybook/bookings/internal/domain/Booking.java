package dev.staybook.bookings.internal.domain;

import static dev.staybook.bookings.api.BookingStatus.CANCELLED_BY_GUEST;
import static dev.staybook.bookings.api.BookingStatus.CANCELLED_BY_HOST;
import static dev.staybook.bookings.api.BookingStatus.CANCELLED_UNPAID;
import static dev.staybook.bookings.api.BookingStatus.CHECKED_IN;
import static dev.staybook.bookings.api.BookingStatus.COMPLETED;
import static dev.staybook.bookings.api.BookingStatus.CONFIRMED;
import static dev.staybook.bookings.api.BookingStatus.DECLINED;
import static dev.staybook.bookings.api.BookingStatus.EXPIRED;
import static dev.staybook.bookings.api.BookingStatus.PENDING_PAYMENT;
import static dev.staybook.bookings.api.BookingStatus.REQUESTED;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.api.PriceLine;
import dev.staybook.bookings.api.PriceLineKind;
import dev.staybook.bookings.internal.domain.cancellation.CancellationContext;
import dev.staybook.bookings.internal.domain.cancellation.CancellationPolicy;
import dev.staybook.bookings.internal.domain.cancellation.PolicyVersion;
import dev.staybook.bookings.internal.domain.cancellation.Refund;
import dev.staybook.bookings.internal.domain.cancellation.RefundCalculator;
import dev.staybook.bookings.internal.domain.cancellation.RefundTerms;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.DateRange;
import dev.staybook.kernel.Money;
import dev.staybook.kernel.UuidV7;
import dev.staybook.kernel.error.Conflict;
import dev.staybook.listings.api.BookableListing;
import dev.staybook.listings.api.CancellationPolicyChoice;
import dev.staybook.listings.api.NightlyRate;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A guest's reservation of a listing for a stay, at the price of its quote, under the cancellation
 * policy version in force when it was made.
 *
 * <p>Lifecycle ({@link Lifecycle}): placed PENDING_PAYMENT, holding the dates; once the payment is
 * authorized it becomes CONFIRMED (instant book) or REQUESTED (the host answers before
 * {@code respondBy}); CHECKED_IN at the check-in time and COMPLETED at the check-out time; or it ends
 * DECLINED, EXPIRED, CANCELLED by either side, or CANCELLED_UNPAID when its payment could not be collected. Every change appends a {@link Transition}.
 *
 * <p>Invariants: the stored lines add up to the guest total and the host payout; an active booking's
 * dates (plus the listing's preparation days after them) never overlap another active booking of the
 * same listing, which the database enforces with an exclusion constraint; a stay that has begun cannot
 * be cancelled.
 */
@Entity
@Table(name = "bookings")
public class Booking {

    @Id
    private UUID id;
    @Column(name = "listing_id", nullable = false)
    private UUID listingId;
    @Column(name = "guest_id", nullable = false)
    private UUID guestId;
    @Column(name = "host_id", nullable = false)
    private UUID hostId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;
    @Column(name = "check_in", nullable = false)
    private LocalDate checkIn;
    @Column(name = "check_out", nullable = false)
    private LocalDate checkOut;
    @Column(nullable = false)
    private int adults;
    @Column(nullable = false)
    private int children;
    @Column(nullable = false)
    private int infants;
    @Column(nullable = false)
    private int pets;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "check_in_at", nullable = false)
    private Instant checkInAt;
    @Column(name = "check_out_at", nullable = false)
    private Instant checkOutAt;
    @Column(name = "preparation_days", nullable = false)
    private int preparationDays;
    @Column(nullable = false)
    private String currency;
    @Column(name = "guest_total", nullable = false)
    private BigDecimal guestTotal;
    @Column(name = "host_payout", nullable = false)
    private BigDecimal hostPayout;
    @Enumerated(EnumType.STRING)
    @Column(name = "policy_name", nullable = false)
    private CancellationPolicyChoice policyName;
    @Column(name = "policy_version", nullable = false)
    private int policyVersion;
    @Column(name = "instant_book", nullable = false)
    private boolean instantBook;
    @Column(name = "payment_due_at")
    private Instant paymentDueAt;
    @Column(name = "respond_by")
    private Instant respondBy;
    @Column(name = "guest_message")
    private String guestMessage;
    @Column(name = "refund_total")
    private BigDecimal refundTotal;
    @Column(name = "refund_rule")
    private String refundRule;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "booking_price_lines", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    private List<PriceLineRow> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "booking_nights", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    private List<NightRow> nights = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "booking_refund_lines", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    private List<PriceLineRow> refundLines = new ArrayList<>();

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "booking_id", insertable = false, updatable = false)
    @OrderBy("occurredAt, id")
    private List<Transition> transitions = new ArrayList<>();

    protected Booking() {
        // for JPA
    }

    /** A new booking holding the listing's dates until its payment is authorized or {@code paymentWindow} passes. */
    public static Booking place(UUID id, BookableListing listing, UserId guest, Quote quote,
                                CancellationPolicy policy, String message, Instant now, Duration paymentWindow) {
        Booking booking = new Booking();
        booking.id = Objects.requireNonNull(id);
        booking.listingId = listing.id().value();
        booking.guestId = guest.value();
        booking.hostId = listing.hostId().value();
        booking.checkIn = quote.stay().checkIn();
        booking.checkOut = quote.stay().checkOut();
        booking.adults = quote.guests().adults();
        booking.children = quote.guests().children();
        booking.infants = quote.guests().infants();
        booking.pets = quote.guests().pets();
        booking.timeZone = listing.timeZone().getId();
        StayTimes times = StayTimes.of(quote.stay(), listing.timeZone(), listing.checkInFrom(), listing.checkOutUntil());
        booking.checkInAt = times.checkInAt();
        booking.checkOutAt = times.checkOutAt();
        booking.preparationDays = listing.stayRules().preparationDays();
        booking.currency = quote.guestTotal().currency().getCurrencyCode();
        booking.guestTotal = quote.guestTotal().amount();
        booking.hostPayout = quote.hostPayout().amount();
        booking.policyName = policy.version().name();
        booking.policyVersion = policy.version().version();
        booking.instantBook = listing.instantBook();
        booking.guestMessage = message;
        booking.paymentDueAt = now.plus(paymentWindow);
        booking.createdAt = now;
        quote.lines().forEach(line -> booking.lines.add(new PriceLineRow(line)));
        quote.nights().forEach(night -> booking.nights.add(new NightRow(night)));
        booking.moveTo(PENDING_PAYMENT, Actor.guest(guest), null, now);
        return booking;
    }

    /** The guest's payment is held: an instant booking is confirmed, a request waits for the host. */
    public void paymentAuthorized(Instant now, Duration responseWindow) {
        if (instantBook) {
            moveTo(CONFIRMED, Actor.system(), "payment authorized, instant book", now);
        } else {
            Instant deadline = now.plus(responseWindow);
            respondBy = deadline.isBefore(checkInAt) ? deadline : checkInAt;
            moveTo(REQUESTED, Actor.system(), "payment authorized", now);
        }
        paymentDueAt = null;
    }

    /** The host confirms a request, before its deadline: a late answer finds it expired even if the sweep has not run yet. */
    public void accept(Actor host, Instant now) {
        if (status == REQUESTED && respondBy != null && !now.isBefore(respondBy)) {
            throw new Conflict("response-too-late", "The request expired at " + respondBy + ", when the host had not answered.");
        }
        moveTo(CONFIRMED, host, "accepted by the host", now);
        respondBy = null;
    }

    public void decline(Actor host, String reason, Instant now) {
        moveTo(DECLINED, host, Transition.givenReason(reason), now);
        respondBy = null;
    }

    /** Ends a booking that lapsed: unpaid, payment refused, or unanswered by the host. */
    public void expire(String reason, Instant now) {
        moveTo(EXPIRED, Actor.system(), Transition.systemReason(reason), now);
        paymentDueAt = null;
        respondBy = null;
    }

    /**
     * Cancels for the guest or the host and fixes the refund: nothing was charged before confirmation,
     * so everything is released; a host's cancellation refunds in full; a guest's follows the policy.
     * {@code paidBack} turns the policy's refund into what is actually returned (support refunds made earlier count
     * towards it); the booking shows that, and the policy's refund is returned for payments, which counts them itself.
     */
    public Refund cancel(Party party, Actor actor, CancellationPolicy policy, UnaryOperator<Money> paidBack, String reason,
                         Instant now) {
        BookingStatus target = requireCancellable(party, now);
        Refund refund = status == CONFIRMED
                ? RefundCalculator.apply(refundTerms(party, policy, now), priceLines())
                : nothingCharged("Cancelled before confirmation: nothing was charged; the payment hold is released.");
        cancelledWith(refund.paidBackOnly(paidBack.apply(refund.total())), target, actor, reason, now);
        return refund;
    }

    /**
     * Cancels a confirmed booking whose payment has not been collected yet (payments is still retrying a refused
     * capture): nothing was charged, so nothing is refunded and the host earns nothing.
     */
    public Refund cancelUncollected(Party party, Actor actor, String reason, Instant now) {
        BookingStatus target = requireCancellable(party, now);
        return cancelledWith(nothingCharged("Nothing was charged: the payment had not been collected."), target, actor, reason, now);
    }

    /** The refund of a booking whose guest was never charged: no lines, nothing back, nothing earned by the host. */
    private Refund nothingCharged(String rule) {
        Money nothing = Money.zero(currency());
        return new Refund(List.of(), nothing, nothing, rule);
    }

    private BookingStatus requireCancellable(Party party, Instant now) {
        BookingStatus target = party == Party.GUEST ? CANCELLED_BY_GUEST : CANCELLED_BY_HOST;
        Lifecycle.requireAllowed(status, target);
        if (!now.isBefore(checkInAt)) {
            throw new Conflict("stay-started", "The stay has begun; it can no longer be cancelled.");
        }
        return target;
    }

    private Refund cancelledWith(Refund refund, BookingStatus target, Actor actor, String reason, Instant now) {
        refundTotal = refund.total().amount();
        refundRule = refund.rule();
        hostPayout = refund.hostPayout().amount();
        refund.lines().forEach(line -> refundLines.add(new PriceLineRow(line)));
        moveTo(target, actor, Transition.givenReason(reason), now);
        paymentDueAt = null;
        respondBy = null;
        return refund;
    }

    /**
     * Payments gave {@code given} back for this booking's cancellation. It counts every support refund made before it
     * handled the cancellation, so it is less than the lines when one came in after they were computed: then the lines
     * end with one SUPPORT_REFUNDS line for all that support had refunded, and the refund total is what was given.
     * Nothing changes when they agree already (a repeated or an ordinary announcement).
     */
    public void cancellationRefunded(Money given) {
        if (refundTotal == null) {
            throw new IllegalStateException("booking " + id + " was not cancelled, yet payments refunded its cancellation");
        }
        if (given.compareTo(refundTotal()) == 0) {
            return;
        }
        Refund refund = new Refund(refundLines(), refundTotal(), hostPayout(), refundRule).paidBackOnly(given);
        refundTotal = refund.total().amount();
        refundLines.clear();
        refund.lines().forEach(line -> refundLines.add(new PriceLineRow(line)));
    }

    /**
     * Cancels a confirmed booking whose payment could not be collected (payments gave up capturing it). Nothing
     * was charged, so nothing is refunded and the host earns nothing; the nights are released like any
     * cancellation's. Allowed at any time before check-in, and refused after (Lifecycle).
     */
    public Refund cancelUnpaid(String reason, Instant now) {
        Lifecycle.requireAllowed(status, CANCELLED_UNPAID);
        Refund refund = nothingCharged("Nothing was charged: the payment could not be collected.");
        refundTotal = refund.total().amount();
        refundRule = refund.rule();
        hostPayout = refund.hostPayout().amount();
        moveTo(CANCELLED_UNPAID, Actor.system(), Transition.systemReason(reason), now);
        return refund;
    }

    private RefundTerms refundTerms(Party party, CancellationPolicy policy, Instant now) {
        if (party == Party.HOST) {
            return RefundTerms.full("Cancelled by the host: full refund.");
        }
        List<NightlyRate> rates = nightlyRates();
        return policy.guestCancels(new CancellationContext(createdAt, checkInAt, now, rates.size(),
                new Money(guestLineTotal(PriceLineKind.ACCOMMODATION), currency()),
                rates.get(0).price()));
    }

    public void checkIn(Instant now) {
        requireReached(checkInAt, now, "check-in time");
        moveTo(CHECKED_IN, Actor.system(), "check-in time reached", now);
    }

    public void complete(Instant now) {
        requireReached(checkOutAt, now, "check-out time");
        moveTo(COMPLETED, Actor.system(), "check-out time reached", now);
    }

    /** True if the booking was confirmed, so that its guest total was captured (a cancellation for non-payment was not). */
    public boolean wasCharged() {
        return status != CANCELLED_UNPAID && transitions.stream().anyMatch(t -> t.to() == CONFIRMED);
    }

    private void requireReached(Instant moment, Instant now, String what) {
        if (now.isBefore(moment)) {
            throw new Conflict("too-early", "The %s has not been reached yet.".formatted(what));
        }
    }

    private void moveTo(BookingStatus next, Actor actor, String reason, Instant now) {
        if (status != null) {
            Lifecycle.requireAllowed(status, next);
        }
        transitions.add(new Transition(UuidV7.generate(now), id, status, next, actor, reason, now));
        status = next;
        updatedAt = now;
    }

    private BigDecimal guestLineTotal(PriceLineKind kind) {
        return priceLines().stream().filter(l -> l.kind() == kind).map(l -> l.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UUID id() {
        return id;
    }

    public UUID listingId() {
        return listingId;
    }

    public UUID guestId() {
        return guestId;
    }

    public UUID hostId() {
        return hostId;
    }

    public BookingStatus status() {
        return status;
    }

    public DateRange stay() {
        return new DateRange(checkIn, checkOut);
    }

    public Guests guests() {
        return new Guests(adults, children, infants, pets);
    }

    public String timeZone() {
        return timeZone;
    }

    public Instant checkInAt() {
        return checkInAt;
    }

    public Instant checkOutAt() {
        return checkOutAt;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Money guestTotal() {
        return new Money(guestTotal, currency());
    }

    public Money hostPayout() {
        return new Money(hostPayout, currency());
    }

    public PolicyVersion policy() {
        return new PolicyVersion(policyName, policyVersion);
    }

    public boolean instantBook() {
        return instantBook;
    }

    public Instant paymentDueAt() {
        return paymentDueAt;
    }

    public Instant respondBy() {
        return respondBy;
    }

    public String guestMessage() {
        return guestMessage;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<PriceLine> priceLines() {
        return lines.stream().map(row -> row.toLine(currency())).toList();
    }

    public List<NightlyRate> nightlyRates() {
        return nights.stream().map(row -> row.toRate(currency())).toList();
    }

    public List<PriceLine> refundLines() {
        return refundLines.stream().map(row -> row.toLine(currency())).toList();
    }

    public Money refundTotal() {
        return refundTotal == null ? null : new Money(refundTotal, currency());
    }

    public String refundRule() {
        return refundRule;
    }

    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }
}
