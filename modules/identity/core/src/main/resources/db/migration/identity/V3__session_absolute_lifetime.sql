-- A session's refresh tokens slide forward with every use; when the session started bounds them all (the absolute
-- session lifetime, STAYBOOK_JWT_SESSION_MAX_LIFETIME). Every token of a family carries its session's start.
ALTER TABLE refresh_tokens ADD COLUMN session_started_at timestamptz;

-- existing sessions count from their oldest token still stored (older ones may have been purged)
UPDATE refresh_tokens t SET session_started_at = f.started
FROM (SELECT family_id, min(issued_at) AS started FROM refresh_tokens GROUP BY family_id) f
WHERE t.family_id = f.family_id;

ALTER TABLE refresh_tokens ALTER COLUMN session_started_at SET NOT NULL;
ALTER TABLE refresh_tokens ADD CONSTRAINT refresh_tokens_issued_in_session CHECK (issued_at >= session_started_at);
