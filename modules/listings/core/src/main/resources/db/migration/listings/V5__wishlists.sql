-- Wishlists: a user's named lists of listings (WishlistResource). A list belongs to one user and is read only
-- by them; the limits (100 lists a user, 1000 listings a list) are checked by SqlWishlistRepository under a lock.

CREATE TABLE wishlists (
    id         uuid PRIMARY KEY,
    owner_id   uuid NOT NULL,
    name       varchar(50) NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT wishlists_name_present CHECK (length(btrim(name)) > 0)
);

-- the owner's lists, newest first, keyset on id (GET /wishlists); also counts them for the limit
CREATE INDEX wishlists_owner_idx ON wishlists (owner_id, id DESC);

CREATE TABLE wishlist_items (
    wishlist_id uuid NOT NULL REFERENCES wishlists (id) ON DELETE CASCADE,
    listing_id  uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    added_at    timestamptz NOT NULL,
    -- one entry per listing and list: adding twice changes nothing
    PRIMARY KEY (wishlist_id, listing_id)
);

-- a list's entries, last added first, keyset on (added_at, listing_id) (GET /wishlists/{id})
CREATE INDEX wishlist_items_added_idx ON wishlist_items (wishlist_id, added_at DESC, listing_id DESC);
-- the foreign key's other side: a listing's entries
CREATE INDEX wishlist_items_listing_idx ON wishlist_items (listing_id);
