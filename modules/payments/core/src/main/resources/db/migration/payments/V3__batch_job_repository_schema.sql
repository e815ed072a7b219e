-- Liberty keeps the payout run's job repository in the schema "batch" (config/server.xml, databaseStore
-- createTables="true"): it creates its tables there on first use but never the schema itself.
CREATE SCHEMA IF NOT EXISTS batch;
