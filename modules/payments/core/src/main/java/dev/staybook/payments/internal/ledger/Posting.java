package dev.staybook.payments.internal.ledger;

import dev.staybook.kernel.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A balanced ledger transaction about a booking or a payout: its debits equal its credits, all in one
 * currency. Zero amounts are left out. The database checks the balance again at commit.
 */
public record Posting(UUID id, Kind kind, UUID bookingId, UUID payoutId, Currency currency, List<Entry> entries) {

    /** What moved the money. */
    public enum Kind {
        CAPTURE, REFUND, PAYOUT, DISPUTE_HOLD, DISPUTE_RELEASE, DISPUTE_LOSS
    }

    public Posting {
        Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a posting needs entries");
        }
        Money debits = Money.zero(currency);
        Money credits = Money.zero(currency);
        for (Entry entry : entries) {
            if (entry.side() == Side.DEBIT) {
                debits = debits.plus(entry.amount());
            } else {
                credits = credits.plus(entry.amount());
            }
        }
        if (debits.compareTo(credits) != 0) {
            throw new IllegalStateException("unbalanced posting: debits %s, credits %s".formatted(debits, credits));
        }
    }

    public static Builder of(Kind kind, UUID id, Currency currency) {
        return new Builder(kind, id, currency);
    }

    /** Collects entries, then checks the balance. */
    public static final class Builder {
        private final Kind kind;
        private final UUID id;
        private final Currency currency;
        private final List<Entry> entries = new ArrayList<>();
        private UUID bookingId;
        private UUID payoutId;

        private Builder(Kind kind, UUID id, Currency currency) {
            this.kind = kind;
            this.id = id;
            this.currency = currency;
        }

        public Builder booking(UUID booking) {
            this.bookingId = booking;
            return this;
        }

        public Builder payout(UUID payout) {
            this.payoutId = payout;
            return this;
        }

        public Builder debit(Account account, Money amount) {
            return add(account, Side.DEBIT, amount);
        }

        public Builder credit(Account account, Money amount) {
            return add(account, Side.CREDIT, amount);
        }

        private Builder add(Account account, Side side, Money amount) {
            if (!amount.isZero()) {
                entries.add(new Entry(account, side, amount));
            }
            return this;
        }

        public Posting build() {
            return new Posting(id, kind, bookingId, payoutId, currency, entries);
        }
    }
}
