-- A sender claims a row with a lease that it writes and commits before it calls the portal, so no
-- transaction stays open while a portal answers, and the claim of a node that died while sending runs out
-- by itself: after claimed_until any node takes the row over.
ALTER TABLE portal_outbox
    ADD COLUMN claimed_by     varchar(100),
    ADD COLUMN claimed_until  timestamptz,
    -- The article's state the row carries (its version and publication time): announcing an article again
    -- without a change queues nothing.
    ADD COLUMN article_state  varchar(60);

-- The articles a portal may hold. A row is written and committed before a creation (POST) leaves, and
-- removed after the portal confirmed a delete. An article found here is sent as an update (PUT, and a POST
-- only when the portal answers 404), so a creation whose answer was lost, or whose sender died before
-- recording it, is never sent a second time.
CREATE TABLE portal_contents (
    portal      varchar(20)  NOT NULL,
    article_id  bigint       NOT NULL,
    since       timestamptz  NOT NULL,
    PRIMARY KEY (portal, article_id)
);

INSERT INTO portal_contents (portal, article_id, since)
SELECT portal, article_id, sent_at
FROM (SELECT DISTINCT ON (portal, article_id) portal, article_id, action, sent_at
      FROM portal_outbox WHERE status = 'SENT' ORDER BY portal, article_id, id DESC) newest
WHERE action = 'UPSERT';
