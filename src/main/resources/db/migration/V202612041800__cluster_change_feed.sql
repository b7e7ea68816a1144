-- The change feed, correct whatever order transactions commit in. Each entry records the transaction that
-- wrote it (pg_current_xact_id(), a 64-bit xid8 that never wraps around). A reader takes only entries whose
-- transaction is older than the oldest transaction still running (pg_snapshot_xmin of its snapshot): no
-- entry below that mark can appear later, so reading in (tx, id) order from a cursor never skips one. This is
-- the high-water mark that event stores on PostgreSQL use. An id alone is not enough: ids are taken inside
-- transactions, and a transaction holding id N may commit after the one holding N + 1.
--
-- Entries are typed events (the record's stable name and its fields as JSON), replayed on other nodes as the
-- same event type. The table only carries changes for about a day: a node that starts reads what it holds
-- from the tables themselves, so the old entries (and the old layout) are not needed.
DROP TABLE change_log;
CREATE TABLE change_log (
    id       bigserial    PRIMARY KEY,
    tx       xid8         NOT NULL DEFAULT pg_current_xact_id(),
    event    varchar(60)  NOT NULL,
    payload  jsonb        NOT NULL,
    origin   varchar(40)  NOT NULL,
    at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX change_log_position_idx ON change_log (tx, id);
CREATE INDEX change_log_at_idx ON change_log (at);
