-- Support refunds, chargebacks (disputes) and what a host owes back after being paid (issue 11).

-- disputes move the host's share to a hold and, when lost, out to the cardholder's bank
ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_kind_known;
ALTER TABLE ledger_transactions ADD CONSTRAINT ledger_transactions_kind_known
    CHECK (kind IN ('CAPTURE', 'REFUND', 'PAYOUT', 'DISPUTE_HOLD', 'DISPUTE_RELEASE', 'DISPUTE_LOSS'));
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_account_known;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_account_known CHECK (account IN ('GUEST_PAYMENTS', 'HOST_PAYABLE',
    'PLATFORM_FEES', 'TAXES_PAYABLE', 'REFUNDS', 'PAYOUTS', 'DISPUTE_HOLDS', 'CHARGEBACKS'));

-- a refund support gave a guest, once per (booking, Idempotency-Key)
CREATE TABLE support_refunds (
    id              uuid PRIMARY KEY,
    booking_id      uuid NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    request_hash    varchar(64) NOT NULL,
    requested_by    uuid NOT NULL,
    currency        char(3) NOT NULL,
    amount          numeric(19, 4) NOT NULL,
    from_host       numeric(19, 4) NOT NULL,
    reason          varchar(500) NOT NULL,
    status          varchar(16) NOT NULL,
    failure         varchar(500),
    created_at      timestamptz NOT NULL,
    CONSTRAINT support_refunds_one_per_key UNIQUE (booking_id, idempotency_key),
    CONSTRAINT support_refunds_amounts CHECK (amount > 0 AND from_host >= 0 AND from_host <= amount),
    CONSTRAINT support_refunds_status_known CHECK (status IN ('SUCCEEDED', 'FAILED'))
);

-- a chargeback as the gateway reports it; the host's share of it is held while it is open
CREATE TABLE disputes (
    id                  uuid PRIMARY KEY,
    gateway             varchar(16) NOT NULL,
    gateway_dispute_id  varchar(255) NOT NULL,
    booking_id          uuid NOT NULL,
    currency            char(3) NOT NULL,
    amount              numeric(19, 4) NOT NULL,
    held_from_host      numeric(19, 4) NOT NULL,
    reason              varchar(255),
    status              varchar(8) NOT NULL,
    opened_at           timestamptz NOT NULL,
    closed_at           timestamptz,
    CONSTRAINT disputes_one_per_gateway_dispute UNIQUE (gateway, gateway_dispute_id),
    CONSTRAINT disputes_amounts CHECK (amount > 0 AND held_from_host >= 0 AND held_from_host <= amount),
    CONSTRAINT disputes_status_known CHECK (status IN ('OPEN', 'WON', 'LOST')),
    CONSTRAINT disputes_closed_when_decided CHECK ((status = 'OPEN') = (closed_at IS NULL))
);
CREATE INDEX disputes_open_idx ON disputes (opened_at, id) WHERE status = 'OPEN';
CREATE INDEX disputes_booking_idx ON disputes (booking_id);

-- what changed a host's share after it was paid out: negative when the host owes it back (netted from a later payout)
CREATE TABLE host_balance_adjustments (
    id          uuid PRIMARY KEY,
    host_id     uuid NOT NULL,
    currency    char(3) NOT NULL,
    amount      numeric(19, 4) NOT NULL,
    cause       varchar(16) NOT NULL,
    booking_id  uuid NOT NULL,
    payout_id   uuid,
    created_at  timestamptz NOT NULL,
    CONSTRAINT host_balance_adjustments_not_zero CHECK (amount <> 0),
    CONSTRAINT host_balance_adjustments_cause_known CHECK (cause IN ('SUPPORT_REFUND', 'DISPUTE_HOLD', 'DISPUTE_RELEASE'))
);
CREATE INDEX host_balance_adjustments_open_idx ON host_balance_adjustments (host_id, currency) WHERE payout_id IS NULL;
