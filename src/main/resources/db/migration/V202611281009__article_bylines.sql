-- Reporters who wrote an article together with its main reporter (articles.reporter_id), in byline order.
CREATE TABLE article_bylines (
    article_id   bigint   NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position     integer  NOT NULL,
    reporter_id  bigint   NOT NULL REFERENCES users (id),
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_bylines_reporter_idx ON article_bylines (reporter_id);
