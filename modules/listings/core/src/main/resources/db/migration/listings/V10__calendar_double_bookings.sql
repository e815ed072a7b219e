-- The nights a subscription's last successful sync found taken in its feed but booked on Staybook (a double booking
-- the host settles with the other platform): ISO 8601 date intervals, check-out excluded, space-separated, such as
-- '2027-05-01/2027-05-04 2027-06-10/2027-06-12'; '' when there were none; NULL until a sync records them (the
-- subscriptions synced before this column are recorded at their next sync, within the sync interval).
ALTER TABLE calendar_subscriptions ADD COLUMN double_booked text;
