-- Photos uploaded to Staybook sit in the same ordered list as photos given by address: their url is the address
-- the server serves them at, and stored_photo_id the SHA-256 of their bytes in the photo store (null for a photo
-- given by address). Searches and wishlists read url as before.
ALTER TABLE listing_photos ADD COLUMN stored_photo_id char(64);

ALTER TABLE listing_photos ADD CONSTRAINT listing_photos_stored_address CHECK (
    stored_photo_id IS NULL OR (stored_photo_id ~ '^[0-9a-f]{64}$' AND url = '/api/v1/photos/' || stored_photo_id));

-- serving a stored photo asks which listings show it; deleting one whether any still does
CREATE INDEX listing_photos_stored_idx ON listing_photos (stored_photo_id) WHERE stored_photo_id IS NOT NULL;
