package dev.staybook.listings.internal.persistence;

import dev.staybook.kernel.DateRange;
import dev.staybook.listings.api.BookingHorizon;
import dev.staybook.listings.api.PriceRules;
import dev.staybook.listings.internal.domain.BookingWindow;
import java.time.Instant;

/**
 * The SQL of "can this stay be booked" and "what does it cost", over a listings row aliased {@code l} and, for the
 * total, the stay's summed price overrides as {@code cal.override_delta}: one text for search and wishlists, so that
 * a listing a search finds for some dates is the one a wishlist shows as available, at the same price.
 */
final class StaySql {

    private StaySql() {
    }

    /**
     * The stay's conditions on the row, each starting with AND: its length within the listing's minimum and maximum,
     * its dates within the listing's booking window at {@code now}, and no blocked or booked night (widened by the
     * preparation days) in the row's bit string of unavailable nights (migration V4).
     */
    static void appendBookable(SqlStatement.Builder sql, DateRange stay, Instant now) {
        sql.append(" AND l.min_nights <= ? AND l.max_nights >= ?", stay.nights(), stay.nights());
        appendWithinBookingWindow(sql, stay, now);
        sql.append(" AND NOT " + anyNightSet("l.unavailable_bits"), stay.checkIn().toString(), stay.nights());
    }

    /**
     * {@link BookingWindow} in SQL, as bookings' stay requirements check a quote: check-in no earlier than today at the
     * listing plus its advance notice (so never in the past), and not once its check-in time has come there; check-out
     * within the booking horizon counted from today there. Cheap on the hottest read path: each test is computed from
     * columns of the row already read, with no join or lookup (time zone, notice and check-in time are all in the
     * covering city index, migration V11, so its index-only scans stay index-only), and the last two are written only when some listing could fail them, so a search a few days ahead pays for the
     * first alone, as before.
     */
    private static void appendWithinBookingWindow(SqlStatement.Builder sql, DateRange stay, Instant now) {
        String checkIn = stay.checkIn().toString();
        sql.append(" AND ?::date >= (?::timestamptz AT TIME ZONE l.time_zone)::date + l.advance_notice_days", checkIn, now);
        if (BookingWindow.checkInTimeMayHaveCome(stay.checkIn(), now)) {
            sql.append(" AND ?::timestamptz < (?::date + l.check_in_from) AT TIME ZONE l.time_zone", now, checkIn);
        }
        if (BookingWindow.mayPassTheHorizon(stay.checkOut(), now)) {
            sql.append(" AND ?::date <= (?::timestamptz AT TIME ZONE l.time_zone)::date + " + BookingHorizon.DAYS,
                    stay.checkOut().toString(), now);
        }
    }

    /** The stay's total: its nights at their prices, less the weekly or monthly discount, plus cleaning. */
    static void appendTotal(SqlStatement.Builder sql, DateRange stay) {
        String nightsTotal = "(l.nightly_price * ? + cal.override_delta)";
        String percent = stay.nights() >= PriceRules.MONTHLY_NIGHTS ? "greatest(l.weekly_discount_percent, l.monthly_discount_percent)"
                : stay.nights() >= PriceRules.WEEKLY_NIGHTS ? "l.weekly_discount_percent" : null;
        if (percent == null) {
            sql.append(nightsTotal + " + l.cleaning_fee", stay.nights());
        } else {
            sql.append(nightsTotal + " - listings.round_half_even(" + nightsTotal + " * " + percent
                    + " / 100, l.currency_digits) + l.cleaning_fee", stay.nights(), stay.nights());
        }
    }

    /**
     * Whether a night of the stay is set in a bit string of the row, which starts at nights_from (parameters: the
     * check-in and the number of nights). Bits past its end are free nights.
     */
    static String anyNightSet(String bits) {
        return "position(B'1' IN substring(" + bits + " FROM ?::date - l.nights_from + 1 FOR ?::int)) > 0";
    }
}
