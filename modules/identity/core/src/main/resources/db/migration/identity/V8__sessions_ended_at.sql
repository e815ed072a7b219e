-- When the account's sessions last ended: its password changed or was reset (as password_changed_at records), it was
-- deleted, or an administrator suspended it. Refresh tokens of sessions signed in before it are refused, and so are the
-- access tokens issued before it (each names the end it was issued after): a suspension ends them at once, not within
-- their 15 minutes. The index serves each instance's read of the recent ends every few seconds.
ALTER TABLE users ADD COLUMN sessions_ended_at timestamptz;
UPDATE users SET sessions_ended_at = password_changed_at;
ALTER TABLE users ALTER COLUMN sessions_ended_at SET NOT NULL;

DROP INDEX users_password_changed_at_idx;
CREATE INDEX users_sessions_ended_at_idx ON users (sessions_ended_at);
