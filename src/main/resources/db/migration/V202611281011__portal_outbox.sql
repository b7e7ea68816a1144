-- What must reach the portals, written in the same transaction as the article change, so nothing is lost
-- when a portal is down or a node stops. Rows are sent in order and retried with backoff; the newest row
-- per article and portal is its delivery status in the newsroom.
CREATE TABLE portal_outbox (
    id               bigserial    PRIMARY KEY,
    portal           varchar(20)  NOT NULL,
    -- No foreign key: a deleted article must still reach the portal as a delete.
    article_id       bigint       NOT NULL,
    action           varchar(10)  NOT NULL CHECK (action IN ('UPSERT', 'DELETE')),
    status           varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    last_error       text,
    created_at       timestamptz  NOT NULL,
    sent_at          timestamptz
);
CREATE INDEX portal_outbox_due_idx ON portal_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX portal_outbox_article_idx ON portal_outbox (article_id, portal, id DESC);
