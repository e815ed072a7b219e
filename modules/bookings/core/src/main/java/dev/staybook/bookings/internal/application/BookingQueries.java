package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.internal.domain.Booking;
import dev.staybook.bookings.internal.domain.BookingRepository;
import dev.staybook.identity.api.Caller;
import dev.staybook.listings.api.ListingAddress;
import dev.staybook.listings.api.ListingCatalog;
import dev.staybook.listings.api.ListingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reading bookings: only their guest, their host and administrators ever see one. */
@ApplicationScoped
@Transactional
public class BookingQueries {

    private static final Set<BookingStatus> CONFIRMED_STAYS = EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN,
            BookingStatus.COMPLETED);

    @Inject
    BookingRepository bookings;
    @Inject
    ListingCatalog catalog;

    public BookingDetails details(Caller caller, UUID id) {
        Booking booking = bookings.find(id).orElseThrow(BookingAccess::notFound);
        BookingAccess.requireVisible(caller, booking);
        return BookingDetails.of(booking);
    }

    /**
     * The listing's exact address, which the listing shows its host only: for a stay that is confirmed, under way or
     * over, the booking gives it to the parties who may see the booking.
     */
    public Optional<ListingAddress> exactAddress(BookingDetails booking) {
        return CONFIRMED_STAYS.contains(booking.status()) ? catalog.exactAddress(new ListingId(booking.listingId())) : Optional.empty();
    }

    /** The caller's own bookings as a guest, or the bookings of the caller's listings as a host. */
    public List<BookingDetails> page(Caller caller, Party as, BookingStatus status, BookingRepository.Position after, int limit) {
        UUID me = caller.id().value();
        List<Booking> page = as == Party.HOST
                ? bookings.pageForHost(me, status, after, limit)
                : bookings.pageForGuest(me, status, after, limit);
        return page.stream().map(BookingDetails::of).toList();
    }
}
