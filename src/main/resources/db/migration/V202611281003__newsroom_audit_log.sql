-- Every administrative change, kept: who did what to which thing, and when. Rows are only ever added.
CREATE TABLE audit_log (
    id        bigserial    PRIMARY KEY,
    actor_id  bigint       REFERENCES users (id),
    action    varchar(60)  NOT NULL,
    target    varchar(200) NOT NULL,
    detail    text,
    at        timestamptz  NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
