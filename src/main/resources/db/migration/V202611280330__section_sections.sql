-- Sections are data, not code: the desk renames, reorders or hides them without a deploy.
CREATE TABLE sections (
    id         serial PRIMARY KEY,
    slug       varchar(40)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    name       varchar(40)  NOT NULL,
    position   integer      NOT NULL,
    in_menu    boolean      NOT NULL DEFAULT true
);

INSERT INTO sections (slug, name, position) VALUES
    ('politics', '정치', 1),
    ('economy', '경제', 2),
    ('industry', '산업', 3),
    ('society', '사회', 4),
    ('world', '국제', 5),
    ('culture', '문화', 6),
    ('sports', '스포츠', 7),
    ('opinion', '오피니언', 8);
