package dev.staybook.bookings.internal.application;

import dev.staybook.bookings.api.BookingStatus;
import dev.staybook.bookings.api.Party;
import dev.staybook.bookings.internal.domain.Booking;
import dev.staybook.bookings.internal.domain.BookingRepository;
import dev.staybook.identity.api.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reading bookings: only their guest, their host and administrators ever see one. */
@ApplicationScoped
@Transactional
public class BookingQueries {

    @Inject
    BookingRepository bookings;

    public BookingDetails details(Caller caller, UUID id) {
        Booking booking = bookings.find(id).orElseThrow(BookingAccess::notFound);
        BookingAccess.requireVisible(caller, booking);
        return BookingDetails.of(booking);
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
