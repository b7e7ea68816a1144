-- Newsroom sessions live in PostgreSQL (Spring Session JDBC), so a deploy or a second node does not log
-- anyone out. These are the tables and columns Spring Session's JdbcIndexedSessionRepository reads and writes.
CREATE TABLE spring_session (
    primary_id             char(36)     NOT NULL PRIMARY KEY,
    session_id             char(36)     NOT NULL,
    creation_time          bigint       NOT NULL,
    last_access_time       bigint       NOT NULL,
    max_inactive_interval  integer      NOT NULL,
    expiry_time            bigint       NOT NULL,
    principal_name         varchar(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id  char(36)      NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name      varchar(200)  NOT NULL,
    attribute_bytes     bytea         NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
