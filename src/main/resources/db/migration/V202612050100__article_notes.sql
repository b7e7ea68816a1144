-- Desk notes: a thread between the desk and the reporters of one article. 반려 always leaves one, so the
-- reporter knows what to fix. Notes are kept as written, like corrections.
CREATE TABLE article_notes (
    id          bigserial   PRIMARY KEY,
    article_id  bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id   bigint      NOT NULL REFERENCES users (id),
    body        text        NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX article_notes_article_idx ON article_notes (article_id, id);

-- How far each person has read an article's notes: what the dashboard counts as new.
CREATE TABLE article_note_reads (
    article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    last_read   bigint NOT NULL,
    PRIMARY KEY (article_id, user_id)
);

-- Set by 반려, cleared when the article is sent (송고) again: the mark lists and the editor show.
ALTER TABLE articles ADD COLUMN returned boolean NOT NULL DEFAULT false;
