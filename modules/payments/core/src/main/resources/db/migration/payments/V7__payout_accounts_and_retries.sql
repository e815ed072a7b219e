-- Host payout accounts (Stripe Connect Express, or the simulated gateway's), and payouts that are retried.

-- one connected account per host and gateway: payouts go through the gateway that holds the host's money
CREATE TABLE payout_accounts (
    host_id         uuid NOT NULL,
    gateway         varchar(32) NOT NULL,
    account_id      varchar(255) NOT NULL,
    payouts_enabled boolean NOT NULL DEFAULT false,
    charges_enabled boolean NOT NULL DEFAULT false,
    -- what the gateway still wants from the host (Stripe's requirements.currently_due), comma-separated
    requirements    varchar(2000),
    enabled_at      timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (host_id, gateway),
    CONSTRAINT payout_accounts_account_unique UNIQUE (gateway, account_id),
    CONSTRAINT payout_accounts_enabled_since CHECK (NOT payouts_enabled OR enabled_at IS NOT NULL)
);

-- a refused transfer is tried again by later runs: how often it was tried, when next, and where it went
ALTER TABLE payouts
    ADD COLUMN attempts        integer NOT NULL DEFAULT 1,
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN destination     varchar(255),
    DROP CONSTRAINT payouts_status_known,
    ADD CONSTRAINT payouts_status_known CHECK (status IN ('PENDING', 'PAID', 'FAILED', 'ATTENTION')),
    ADD CONSTRAINT payouts_retry_only_when_failed CHECK (next_attempt_at IS NULL OR status = 'FAILED'),
    ADD CONSTRAINT payouts_attempts_positive CHECK (attempts >= 1);
-- the retry step's query path; small, since only failed payouts awaiting a retry are in it
CREATE INDEX payouts_retry_due_idx ON payouts (next_attempt_at) WHERE status = 'FAILED';
-- the administrators' list of payouts that gave up
CREATE INDEX payouts_status_idx ON payouts (status, created_at DESC, id DESC) WHERE status IN ('FAILED', 'ATTENTION');
