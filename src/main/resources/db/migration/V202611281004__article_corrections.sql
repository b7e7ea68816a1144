-- 정정·반론·추후보도: notices attached to a published article, shown at its top with their date. Kept, never
-- edited, since the Press Arbitration Act makes them part of the public record.
CREATE TABLE article_corrections (
    id          bigserial    PRIMARY KEY,
    article_id  bigint       NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('CORRECTION', 'REBUTTAL', 'FOLLOW_UP')),
    body        text         NOT NULL,
    actor_id    bigint       REFERENCES users (id),
    at          timestamptz  NOT NULL
);
CREATE INDEX article_corrections_article_idx ON article_corrections (article_id, at);
