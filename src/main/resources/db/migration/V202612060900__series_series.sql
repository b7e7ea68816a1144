-- 연재: serial columns and multi-part reports. The desk creates them; an ended series is made inactive rather
-- than deleted, so its episodes keep pointing at it (and its page answers 404 until it is made active again).
CREATE TABLE series (
    id          serial PRIMARY KEY,
    slug        varchar(40)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    name        varchar(40)  NOT NULL,
    description varchar(300) NOT NULL DEFAULT '',
    active      boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
