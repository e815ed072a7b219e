-- Email addresses are compared in Unicode NFC from now on (EmailAddress.canonical): stored ones that are not get their
-- NFC spelling (they are lower-case already). No other identity table stores an address.
--
-- A twin, an address whose NFC spelling another account already has, is left as it is: rewriting it would break
-- users_email_key, and which account a person keeps is not for a migration to decide. Of several rows sharing one NFC
-- spelling that nobody has yet, the oldest gets it and the others are twins. A twin is unreachable from now on:
-- sign-in, password reset and registration compose every address typed, so they find the other account, never the
-- twin. Find twins with: SELECT id, email, created_at FROM identity.users WHERE email IS NOT NFC NORMALIZED;
-- Running this again changes nothing: what it leaves is twins, whose spelling is still taken.
UPDATE users u
SET email = oldest.nfc
FROM (SELECT DISTINCT ON (normalize(email, NFC)) id, normalize(email, NFC) AS nfc
      FROM users
      WHERE email IS NOT NFC NORMALIZED
      ORDER BY normalize(email, NFC), created_at, id) oldest
WHERE u.id = oldest.id
  AND length(oldest.nfc) <= 254 -- composing seldom lengthens text, but the column must hold it
  AND NOT EXISTS (SELECT 1 FROM users taken WHERE taken.email = oldest.nfc);
