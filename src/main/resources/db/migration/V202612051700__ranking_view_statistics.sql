-- Views by referrer class (0 직접, 1 사이트 안, 2 포털, 3 검색, 4 SNS, 5 기타): nothing about the reader is kept.
-- Views counted before the classes existed go to 기타.
ALTER TABLE article_views ADD COLUMN referrer smallint NOT NULL DEFAULT 5;
ALTER TABLE article_views ALTER COLUMN referrer DROP DEFAULT;
ALTER TABLE article_views DROP CONSTRAINT article_views_pkey;
ALTER TABLE article_views ADD PRIMARY KEY (article_id, hour, referrer);

-- Roll-ups kept up to date by the same flush that writes article_views, so each statistics chart reads a few
-- hundred rows rather than a year of article-hours: the whole site per hour and class (the hourly chart and
-- the referrer chart), and each article per day in Asia/Seoul (top articles, reporters, sections).
CREATE TABLE site_views_hourly (
    hour      timestamptz NOT NULL,
    referrer  smallint    NOT NULL,
    views     bigint      NOT NULL,
    PRIMARY KEY (hour, referrer)
);

CREATE TABLE article_views_daily (
    day         date   NOT NULL,
    article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    views       bigint NOT NULL,
    PRIMARY KEY (day, article_id)
);
-- For the cascade when an article is deleted.
CREATE INDEX article_views_daily_article_idx ON article_views_daily (article_id);

INSERT INTO site_views_hourly (hour, referrer, views)
SELECT hour, referrer, sum(views) FROM article_views GROUP BY hour, referrer;

INSERT INTO article_views_daily (day, article_id, views)
SELECT (hour AT TIME ZONE 'Asia/Seoul')::date, article_id, sum(views) FROM article_views
GROUP BY 1, article_id;
