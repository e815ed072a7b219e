-- Every authenticated request asks whether the caller's password changed within the access-token lifetime (tokens
-- issued before a change are refused); each instance reads that small, recent set every few seconds.
CREATE INDEX users_password_changed_at_idx ON users (password_changed_at);
