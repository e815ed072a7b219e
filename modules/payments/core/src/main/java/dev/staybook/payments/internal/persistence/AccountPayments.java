package dev.staybook.payments.internal.persistence;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.AccountDeletionGuard;
import dev.staybook.identity.api.DeletionRefusal;
import dev.staybook.identity.api.PersonalDataExport;
import dev.staybook.jdbc.PersonalRows;
import dev.staybook.payments.internal.domain.PaymentStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A user's money: their part of the data export (payments as guest, payouts and the payout account as host, never a
 * gateway secret) and the balances that keep the account from being deleted: a charge for a stay that could not be
 * collected, or a host's share paid out and since taken back (a support refund, a dispute) not yet netted. Payments
 * and the ledger are kept after a deletion: the law requires them, and they hold ids and amounts, no personal data.
 */
@ApplicationScoped
public class AccountPayments implements PersonalDataExport, AccountDeletionGuard {

    private static final String PAYMENTS = """
            SELECT id::text AS "id", booking_id::text AS "bookingId", listing_id::text AS "listingId", status AS "status",
                   currency AS "currency", round(amount, 2)::text AS "amount", round(captured_amount, 2)::text AS "captured",
                   round(refunded_amount, 2)::text AS "refunded", created_at AS "createdAt"
            FROM payments.payments WHERE guest_id = ? ORDER BY created_at DESC, id DESC""";
    private static final String PAYOUTS = """
            SELECT id::text AS "id", currency AS "currency", round(amount, 2)::text AS "amount", stays AS "stays",
                   status AS "status", created_at AS "createdAt"
            FROM payments.payouts WHERE host_id = ? ORDER BY created_at DESC, id DESC""";
    // the account id masked: enough for the owner to recognize it, useless to anyone else
    private static final String PAYOUT_ACCOUNTS = """
            SELECT gateway AS "gateway", '****' || right(account_id, 4) AS "accountId", payouts_enabled AS "payoutsEnabled",
                   created_at AS "createdAt"
            FROM payments.payout_accounts WHERE host_id = ?""";
    private static final String UNCOLLECTED = "SELECT count(*) FROM payments.payments WHERE guest_id = ? AND status = '"
            + PaymentStatus.CAPTURE_FAILED.name() + "'";
    private static final String OWED_BACK = """
            SELECT count(*) FROM (SELECT currency FROM payments.host_balance_adjustments WHERE host_id = ? AND payout_id IS NULL
                                  GROUP BY currency HAVING sum(amount) < 0) owed""";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String section() {
        return "payments";
    }

    @Override
    public Object exportFor(UserId user) {
        return Map.of("payments", PersonalRows.list(dataSource::getConnection, PAYMENTS, user.value()),
                "payouts", PersonalRows.list(dataSource::getConnection, PAYOUTS, user.value()),
                "payoutAccounts", PersonalRows.list(dataSource::getConnection, PAYOUT_ACCOUNTS, user.value()));
    }

    @Override
    public List<DeletionRefusal> refusalsFor(UserId user) {
        List<DeletionRefusal> refusals = new ArrayList<>();
        if (PersonalRows.count(dataSource::getConnection, UNCOLLECTED, user.value()) > 0) {
            refusals.add(new DeletionRefusal("unpaid-balance",
                    "A payment for one of your stays could not be collected: settle it before deleting the account."));
        }
        if (PersonalRows.count(dataSource::getConnection, OWED_BACK, user.value()) > 0) {
            refusals.add(new DeletionRefusal("unpaid-balance",
                    "You owe back part of a payout (a refund or dispute after it was paid): it is netted from your next"
                            + " payout; the account can be deleted once it is settled."));
        }
        return refusals;
    }
}
