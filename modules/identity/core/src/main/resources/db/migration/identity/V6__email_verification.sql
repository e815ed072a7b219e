-- Email verification: when an account proved it reads its address, and the one-time tokens mailed to prove it
-- (only their SHA-256 hash is stored, as for password reset tokens).

ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
-- accounts that predate the rule are taken as verified: they were never asked to verify
UPDATE users SET email_verified_at = created_at;

CREATE TABLE email_verification_tokens (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CONSTRAINT email_verification_tokens_hash_key UNIQUE (token_hash),
    CONSTRAINT email_verification_tokens_expire_after_issue CHECK (expires_at > issued_at),
    CONSTRAINT email_verification_tokens_used_in_time CHECK (used_at IS NULL OR used_at < expires_at)
);

-- verifying spends every outstanding token of the account
CREATE INDEX email_verification_tokens_user_idx ON email_verification_tokens (user_id) WHERE used_at IS NULL;
-- the nightly maintenance purges expired tokens
CREATE INDEX email_verification_tokens_expires_idx ON email_verification_tokens (expires_at);
