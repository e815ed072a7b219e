-- Payments of bookings, the gateway calls made for them, the double-entry ledger, outbox and inbox.

CREATE TABLE payments (
    id                uuid PRIMARY KEY,
    booking_id        uuid NOT NULL,
    listing_id        uuid NOT NULL,
    guest_id          uuid NOT NULL,
    host_id           uuid NOT NULL,
    gateway           varchar(16) NOT NULL,
    gateway_reference varchar(255),
    client_secret     varchar(255),
    status            varchar(24) NOT NULL,
    currency          char(3) NOT NULL,
    amount            numeric(19, 4) NOT NULL,
    captured_amount   numeric(19, 4) NOT NULL DEFAULT 0,
    refunded_amount   numeric(19, 4) NOT NULL DEFAULT 0,
    host_payout       numeric(19, 4) NOT NULL DEFAULT 0,
    failure_reason    varchar(500),
    payable_at        timestamptz,
    payout_id         uuid,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL DEFAULT 0,
    CONSTRAINT payments_one_per_booking UNIQUE (booking_id),
    CONSTRAINT payments_status_known CHECK (status IN ('AUTHORIZING', 'AUTHORIZED', 'FAILED', 'VOIDED', 'CAPTURED',
        'CAPTURE_FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED')),
    CONSTRAINT payments_amounts_consistent CHECK (amount >= 0 AND captured_amount >= 0 AND host_payout >= 0
        AND refunded_amount >= 0 AND refunded_amount <= captured_amount AND captured_amount <= amount)
);
CREATE INDEX payments_gateway_reference_idx ON payments (gateway, gateway_reference);
CREATE INDEX payments_host_idx ON payments (host_id);
-- what the payout run pays: captured, completed, not yet paid out
CREATE INDEX payments_payable_idx ON payments (host_id, currency) WHERE payout_id IS NULL AND payable_at IS NOT NULL;

CREATE TABLE payment_operations (
    id                uuid PRIMARY KEY,
    payment_id        uuid NOT NULL REFERENCES payments (id),
    kind              varchar(16) NOT NULL,
    amount            numeric(19, 4),
    idempotency_key   varchar(255) NOT NULL,
    outcome           varchar(16) NOT NULL,
    gateway_reference varchar(255),
    failure           varchar(500),
    occurred_at       timestamptz NOT NULL,
    CONSTRAINT payment_operations_key UNIQUE (idempotency_key)
);
CREATE INDEX payment_operations_payment_idx ON payment_operations (payment_id, occurred_at);

-- The ledger: balanced, append-only.
CREATE TABLE ledger_transactions (
    id          uuid PRIMARY KEY,
    kind        varchar(16) NOT NULL,
    booking_id  uuid,
    payout_id   uuid,
    currency    char(3) NOT NULL,
    occurred_at timestamptz NOT NULL,
    CONSTRAINT ledger_transactions_kind_known CHECK (kind IN ('CAPTURE', 'REFUND', 'PAYOUT'))
);
CREATE INDEX ledger_transactions_booking_idx ON ledger_transactions (booking_id);
CREATE INDEX ledger_transactions_payout_idx ON ledger_transactions (payout_id);

CREATE TABLE ledger_entries (
    transaction_id uuid NOT NULL REFERENCES ledger_transactions (id),
    position       integer NOT NULL,
    account        varchar(16) NOT NULL,
    side           varchar(6) NOT NULL,
    amount         numeric(19, 4) NOT NULL,
    PRIMARY KEY (transaction_id, position),
    CONSTRAINT ledger_entries_account_known CHECK (account IN ('GUEST_PAYMENTS', 'HOST_PAYABLE', 'PLATFORM_FEES',
        'TAXES_PAYABLE', 'REFUNDS', 'PAYOUTS')),
    CONSTRAINT ledger_entries_side_known CHECK (side IN ('DEBIT', 'CREDIT')),
    CONSTRAINT ledger_entries_amount_positive CHECK (amount > 0)
);
CREATE INDEX ledger_entries_account_idx ON ledger_entries (account);

CREATE FUNCTION ledger_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT sum(CASE side WHEN 'DEBIT' THEN amount ELSE -amount END)
        FROM payments.ledger_entries WHERE transaction_id = NEW.transaction_id) <> 0 THEN
        RAISE EXCEPTION 'ledger transaction % does not balance', NEW.transaction_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

-- checked at commit, once all the entries of a transaction are in
CREATE CONSTRAINT TRIGGER ledger_entries_balance AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balances();

CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: post a correcting transaction instead' USING ERRCODE = 'check_violation';
END $$;

CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON ledger_transactions
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- What the simulated gateway "remembers" (it stands in for a provider's own records).
CREATE TABLE simulated_gateway_calls (
    idempotency_key varchar(255) PRIMARY KEY,
    operation       varchar(16) NOT NULL,
    reference       varchar(255) NOT NULL,
    amount          numeric(19, 4),
    currency        char(3),
    failure         varchar(255),
    created_at      timestamptz NOT NULL
);
CREATE INDEX simulated_gateway_calls_reference_idx ON simulated_gateway_calls (reference);

CREATE TABLE outbox (
    event_id        uuid PRIMARY KEY,
    aggregate_id    uuid NOT NULL,
    event_type      varchar(64) NOT NULL,
    payload         text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    last_error      varchar(2000),
    published_at    timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox (occurred_at, event_id) WHERE published_at IS NULL;

-- booking events already acted on: a redelivered event finds its id here and changes nothing
CREATE TABLE inbox (
    event_id    uuid PRIMARY KEY,
    event_type  varchar(64) NOT NULL,
    received_at timestamptz NOT NULL
);

-- gateway webhook events already received: a replay is acknowledged and ignored
CREATE TABLE webhook_events (
    provider    varchar(16) NOT NULL,
    event_id    varchar(255) NOT NULL,
    event_type  varchar(128) NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (provider, event_id)
);
