-- 속보: the desk marks a published article as breaking news until a time. The bar is on every reader page
-- until then. When the time comes, the node that claims the row (UPDATE … SET ended = true … RETURNING,
-- FOR UPDATE SKIP LOCKED) announces the end once for the installation, so every node drops its pages; a
-- restart announces nothing twice, and an end that came while every node was down is announced by the first
-- node up. Marking again, with a new time, sets ended back to false.
CREATE TABLE article_breaking (
    article_id  bigint      PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    until       timestamptz NOT NULL,
    marked_by   bigint      REFERENCES users (id) ON DELETE SET NULL,
    marked_at   timestamptz NOT NULL,
    ended       boolean     NOT NULL DEFAULT false
);
CREATE INDEX article_breaking_due_idx ON article_breaking (until) WHERE NOT ended;

-- 관련기사 the desk pinned to an article, in the order it chose; they come before the ones search finds.
CREATE TABLE article_related_pins (
    article_id  bigint   NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    related_id  bigint   NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    smallint NOT NULL,
    PRIMARY KEY (article_id, related_id)
);
