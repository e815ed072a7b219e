-- The nightly maintenance purges tokens revoked long ago (expired ones are found by refresh_tokens_expires_idx).
CREATE INDEX refresh_tokens_revoked_idx ON refresh_tokens (revoked_at) WHERE revoked_at IS NOT NULL;
