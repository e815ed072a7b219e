-- Not only secrets: personal data (addresses, names, words users wrote) is erased from an event's payload as soon as no
-- delivery of it is pending or parked, by the same sweep (properties marked @ErasedAfterDelivery).
-- The columns keep their names (secrets, secrets_erased_at: now every erasable property), so that the version still
-- running during a rolling upgrade reads and writes them as before.

-- Events stored before this version hold personal data too: as publishing does now, name the properties each type marks
-- that still hold a value. The sweep erases them (a batch at a time) once their deliveries are done.
UPDATE events e SET secrets = (SELECT array_agg(property) FROM unnest(marked.properties) AS property
        WHERE e.payload::jsonb ->> property IS NOT NULL), secrets_erased_at = NULL
FROM (VALUES
    ('identity', 'UserRegistered', ARRAY['email', 'name']),
    ('identity', 'EmailVerificationRequested', ARRAY['email', 'verificationToken']),
    ('identity', 'UserSuspended', ARRAY['reason']),
    ('bookings', 'BookingPlaced', ARRAY['guestMessage']),
    ('bookings', 'BookingDeclined', ARRAY['reason']),
    ('messaging', 'MessageSent', ARRAY['excerpt']),
    ('payments', 'GuestRefundedBySupport', ARRAY['reason']),
    ('listings', 'CalendarDoubleBooked', ARRAY['calendarName'])
) AS marked (publisher, event_type, properties)
WHERE e.publisher = marked.publisher AND e.event_type = marked.event_type
  AND EXISTS (SELECT 1 FROM unnest(marked.properties) AS property WHERE e.payload::jsonb ->> property IS NOT NULL);
