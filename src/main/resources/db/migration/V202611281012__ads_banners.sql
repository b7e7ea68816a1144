-- Banner slots are data: where they sit, their size in pixels, the pages they appear on. Every desktop slot
-- has a mobile variant ("m-" + code) that the page asks for on narrow screens.
CREATE TABLE ad_slots (
    code        varchar(40)  PRIMARY KEY CHECK (code ~ '^[a-z0-9-]+$'),
    name        varchar(60)  NOT NULL,
    width       integer      NOT NULL CHECK (width BETWEEN 50 AND 2000),
    height      integer      NOT NULL CHECK (height BETWEEN 30 AND 1200),
    pages       text[]       NOT NULL,
    mobile      boolean      NOT NULL DEFAULT false,
    -- For slots inside the article body: after this paragraph.
    paragraph   integer
);

INSERT INTO ad_slots (code, name, width, height, pages, mobile, paragraph) VALUES
    ('header',             '상단 가로',          728,  90, '{home,section,article,search,reporter,page}', false, NULL),
    ('m-header',           '상단 가로(모바일)',   320,  50, '{home,section,article,search,reporter,page}', true,  NULL),
    ('right-top',          '오른쪽 위',          300, 250, '{home,section,article}', false, NULL),
    ('m-right-top',        '오른쪽 위(모바일)',   300, 250, '{home,section,article}', true,  NULL),
    ('right-middle',       '오른쪽 가운데',       300, 250, '{home}', false, NULL),
    ('m-right-middle',     '오른쪽 가운데(모바일)', 300, 250, '{home}', true,  NULL),
    ('home-middle',        '홈 섹션 사이',        728,  90, '{home}', false, NULL),
    ('m-home-middle',      '홈 섹션 사이(모바일)', 320, 100, '{home}', true,  NULL),
    ('article-inline',     '본문 중간',          300, 250, '{article}', false, 3),
    ('m-article-inline',   '본문 중간(모바일)',   300, 250, '{article}', true,  3),
    ('article-bottom',     '기사 아래',          728,  90, '{article}', false, NULL),
    ('m-article-bottom',   '기사 아래(모바일)',   320, 100, '{article}', true,  NULL),
    ('footer',             '하단',              728,  90, '{home,section,article,search,reporter,page}', false, NULL),
    ('m-footer',           '하단(모바일)',        320,  50, '{home,section,article,search,reporter,page}', true,  NULL);

-- Campaigns. Only APPROVED ones are served (the youth-protection policy wants a person to look first); a
-- house ad fills its slots when nothing booked is eligible.
CREATE TABLE ad_campaigns (
    id            bigserial    PRIMARY KEY,
    advertiser    varchar(100) NOT NULL,
    name          varchar(100) NOT NULL,
    kind          varchar(10)  NOT NULL CHECK (kind IN ('IMAGE', 'HTML')),
    image_url     varchar(300),
    image_width   integer,
    image_height  integer,
    alt_text      varchar(200),
    html          text,
    allow_script  boolean      NOT NULL DEFAULT false,
    target_url    varchar(1000) NOT NULL,
    starts_at     timestamptz  NOT NULL,
    ends_at       timestamptz  NOT NULL,
    weight        integer      NOT NULL CHECK (weight BETWEEN 1 AND 1000),
    slots         text[]       NOT NULL,
    sections      integer[]    NOT NULL DEFAULT '{}',
    daily_cap     integer      CHECK (daily_cap > 0),
    house         boolean      NOT NULL DEFAULT false,
    status        varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'STOPPED')),
    approved_by   bigint       REFERENCES users (id),
    approved_at   timestamptz,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CHECK (ends_at > starts_at)
);

-- Counts per campaign and day (KST), added to in SQL so every node's counts sum exactly.
CREATE TABLE ad_daily_counts (
    campaign_id  bigint  NOT NULL REFERENCES ad_campaigns (id) ON DELETE CASCADE,
    day          date    NOT NULL,
    served       bigint  NOT NULL DEFAULT 0,
    impressions  bigint  NOT NULL DEFAULT 0,
    clicks       bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, day)
);

-- The key that signs impression tokens, shared by all nodes.
CREATE TABLE ad_secret (
    id      integer PRIMARY KEY CHECK (id = 1),
    secret  bytea   NOT NULL
);
INSERT INTO ad_secret (id, secret)
    VALUES (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
