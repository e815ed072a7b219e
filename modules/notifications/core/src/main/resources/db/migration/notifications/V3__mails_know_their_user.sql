-- The account a mail is for, so that deleting the account deletes its mails (the address alone is not enough:
-- identity has anonymized it by the time notifications hears of the deletion). NULL for mails queued before this
-- column existed; those go with the retention purge.
ALTER TABLE mails ADD COLUMN recipient_user_id uuid;
-- the deletion and the user's data export: one user's mails, newest first
CREATE INDEX mails_recipient_user_idx ON mails (recipient_user_id, created_at DESC) WHERE recipient_user_id IS NOT NULL;
