CREATE TABLE articles (
    id            bigserial PRIMARY KEY,
    section_id    integer      NOT NULL REFERENCES sections (id),
    reporter_id   bigint       NOT NULL REFERENCES users (id),
    headline      varchar(200) NOT NULL,
    subheadline   text,
    body_html     text         NOT NULL,
    -- Derived once when the article is saved, so no reader request parses HTML.
    teaser        text         NOT NULL,
    image_url     varchar(500),
    status        varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    published_at  timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX articles_published_idx ON articles (published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX articles_section_published_idx ON articles (section_id, published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX articles_reporter_idx ON articles (reporter_id);

CREATE TABLE article_tags (
    article_id  bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    integer     NOT NULL,
    tag         varchar(50) NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_tags_tag_idx ON article_tags (tag);
