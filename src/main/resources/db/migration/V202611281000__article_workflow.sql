-- The newsroom's workflow. 예약 and 엠바고 are both "PUBLISHED with a time still to come": a reader query
-- already hides them until that second, so no timer has to flip them and a restart cannot miss one.
-- The embargo flag only says why the time was set, for the desk's queues.
ALTER TABLE articles DROP CONSTRAINT articles_status_check;
ALTER TABLE articles ADD CONSTRAINT articles_status_check
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'HELD', 'PUBLISHED', 'UNPUBLISHED'));
ALTER TABLE articles
    ADD COLUMN embargo boolean NOT NULL DEFAULT false,
    -- Optimistic locking: every save names the version it started from.
    ADD COLUMN version integer NOT NULL DEFAULT 1;

CREATE INDEX articles_status_idx ON articles (status, updated_at DESC);

-- Every save, kept whole, so any earlier text can be shown, compared and restored.
CREATE TABLE article_revisions (
    article_id   bigint       NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version      integer      NOT NULL,
    section_id   integer      NOT NULL,
    headline     varchar(200) NOT NULL,
    subheadline  text,
    body_html    text         NOT NULL,
    tags         text[]       NOT NULL DEFAULT '{}',
    saved_by     bigint       REFERENCES users (id),
    saved_at     timestamptz  NOT NULL,
    PRIMARY KEY (article_id, version)
);

-- Every change of state: who moved the article, from where to where, and when.
CREATE TABLE article_transitions (
    id           bigserial    PRIMARY KEY,
    article_id   bigint       NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    from_status  varchar(20),
    to_status    varchar(20)  NOT NULL,
    publish_at   timestamptz,
    embargo      boolean      NOT NULL DEFAULT false,
    actor_id     bigint       REFERENCES users (id),
    at           timestamptz  NOT NULL
);
CREATE INDEX article_transitions_article_idx ON article_transitions (article_id, at);
