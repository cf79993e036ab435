-- The audit log becomes append-only and hash-chained (ADR 0010).
-- Each row holds the hash of the row before it (prev_hash; the first row chains from the genesis value, 64 zeros)
-- and its own hash (row_hash: SHA-256 over its canonical fields and prev_hash, computed by
-- org.careplanner.store.AuditChain). An edit, deletion or insertion made outside CarePlanner breaks the chain,
-- and `careplanner check` reports the first broken row.
-- Rows written before this migration are chained by CarePlanner the first time it opens the store
-- (AuditChain.startIfNeeded): computing SHA-256 over the canonical text is done in Java, in one place.
ALTER TABLE audit_event ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN row_hash CHAR(64);

-- The last row the app wrote: a row deleted from the end of the log leaves a valid chain, so the end is
-- remembered here, in the same transaction as each row, and checked against the log.
CREATE TABLE audit_head (
    singleton  INT         NOT NULL PRIMARY KEY CHECK (singleton = 1),
    last_id    BIGINT      NOT NULL,
    last_hash  CHAR(64)    NOT NULL
);

-- Refuses UPDATE and DELETE of audit rows, whoever sends the SQL. The only update allowed fills in the hashes
-- of a row that has none, leaving every other column as it was (the one-time chaining of older rows).
CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event
    FOR EACH ROW CALL 'org.careplanner.store.AuditGuard';
