-- Failed logins are counted in the database, not in one node's memory, so a lockout holds on every node.
ALTER TABLE users
    ADD COLUMN failed_logins integer NOT NULL DEFAULT 0,
    ADD COLUMN locked_until timestamptz;
