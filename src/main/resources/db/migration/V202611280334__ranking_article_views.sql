-- Views are counted per article and hour: a sliding 24-hour window is a sum over 24 rows,
-- and every node adds to the same row, so counts from several nodes sum exactly.
CREATE TABLE article_views (
    article_id  bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    hour        timestamptz NOT NULL,
    views       bigint      NOT NULL,
    PRIMARY KEY (article_id, hour)
);
CREATE INDEX article_views_hour_idx ON article_views (hour);
