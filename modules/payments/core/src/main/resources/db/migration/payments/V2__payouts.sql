-- Host payouts made by the nightly payout run, and the run's reconciliation reports.

CREATE TABLE payouts (
    id                uuid PRIMARY KEY,
    run_key           varchar(32) NOT NULL,
    host_id           uuid NOT NULL,
    currency          char(3) NOT NULL,
    amount            numeric(19, 4) NOT NULL,
    stays             integer NOT NULL,
    status            varchar(16) NOT NULL DEFAULT 'PENDING',
    gateway_reference varchar(255),
    failure           varchar(500),
    created_at        timestamptz NOT NULL,
    -- one payout per host and currency per run, however often the run is restarted
    CONSTRAINT payouts_one_per_host_per_run UNIQUE (run_key, host_id, currency),
    CONSTRAINT payouts_amount_positive CHECK (amount > 0),
    CONSTRAINT payouts_status_known CHECK (status IN ('PENDING', 'PAID', 'FAILED'))
);
CREATE INDEX payouts_host_idx ON payouts (host_id, created_at DESC, id DESC);

CREATE TABLE reconciliation_runs (
    run_key      varchar(32) PRIMARY KEY,
    checked_at   timestamptz NOT NULL,
    payments     integer NOT NULL,
    transactions integer NOT NULL,
    differences  integer NOT NULL
);

CREATE TABLE reconciliation_differences (
    run_key  varchar(32) NOT NULL REFERENCES reconciliation_runs (run_key) ON DELETE CASCADE,
    kind     varchar(32) NOT NULL,
    subject  varchar(255) NOT NULL,
    expected varchar(255),
    actual   varchar(255)
);
CREATE INDEX reconciliation_differences_run_idx ON reconciliation_differences (run_key);

-- which scheduled runs were started: one row per job and day, whichever instance gets there first
CREATE TABLE scheduled_runs (
    job_name   varchar(64) NOT NULL,
    run_key    varchar(32) NOT NULL,
    started_at timestamptz NOT NULL,
    execution  bigint,
    PRIMARY KEY (job_name, run_key)
);
