-- The home page's composition as the desk sets it in 홈 편집: boxes in the main and side columns, in order, each
-- with its place on phones (one column there). No rows means the default composition drawn from the menu's
-- sections. section_id is set for section boxes, slot for banner boxes.
CREATE TABLE frontpage_boxes (
    area            varchar(10)  NOT NULL,
    position        integer      NOT NULL,
    kind            varchar(20)  NOT NULL,
    section_id      integer      REFERENCES sections (id) ON DELETE CASCADE,
    style           varchar(20)  NOT NULL,
    size            integer      NOT NULL,
    slot            varchar(40),
    phone_position  integer      NOT NULL,
    PRIMARY KEY (area, position)
);

-- 배열 기록 of the composition: who changed it, when, and how, in words.
CREATE TABLE frontpage_layout_changes (
    id          bigserial    PRIMARY KEY,
    changed_at  timestamptz  NOT NULL,
    changed_by  bigint       REFERENCES users (id),
    summary     text         NOT NULL
);
CREATE INDEX frontpage_layout_changes_at_idx ON frontpage_layout_changes (changed_at);
