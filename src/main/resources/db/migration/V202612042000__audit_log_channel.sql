-- The audit log moves to its own module (audit) and records which door a change came through: the newsroom's
-- screens or the API. Every row before this was written by the newsroom.
ALTER TABLE audit_log ADD COLUMN channel varchar(20) NOT NULL DEFAULT 'NEWSROOM';
ALTER TABLE audit_log ALTER COLUMN channel DROP DEFAULT;
