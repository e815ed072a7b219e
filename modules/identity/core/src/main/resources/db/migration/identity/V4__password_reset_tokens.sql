-- One-time password reset tokens, mailed to the account's address; only their SHA-256 hash is stored.

CREATE TABLE password_reset_tokens (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CONSTRAINT password_reset_tokens_hash_key UNIQUE (token_hash),
    CONSTRAINT password_reset_tokens_expire_after_issue CHECK (expires_at > issued_at),
    CONSTRAINT password_reset_tokens_used_in_time CHECK (used_at IS NULL OR used_at < expires_at)
);

-- a reset spends every outstanding token of the account
CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id) WHERE used_at IS NULL;
-- the nightly maintenance purges expired tokens
CREATE INDEX password_reset_tokens_expires_idx ON password_reset_tokens (expires_at);
