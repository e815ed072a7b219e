-- A guest's payments, for their data export and for the unpaid balances that keep an account from being deleted.
CREATE INDEX payments_guest_idx ON payments (guest_id);
