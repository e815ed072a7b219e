-- A user's own reviews, for their data export.
CREATE INDEX reviews_by_author_idx ON reviews (author_id);
-- and the published reviews about them, as guest or as host (reviews_of_guest_idx covers hosts' reviews only)
CREATE INDEX reviews_by_subject_idx ON reviews (subject_id) WHERE published_at IS NOT NULL;
