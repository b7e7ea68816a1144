-- The paper's logo as uploaded in 설정 (sanitised SVG or re-encoded PNG), its dark-background variant, and the
-- PNG renditions drawn from it at upload: link-preview image and icons. Read into memory by every node; the
-- hash names each file's immutable address.
CREATE TABLE settings_brand_files (
    name        text PRIMARY KEY,
    media_type  text NOT NULL,
    body        bytea NOT NULL,
    hash        text NOT NULL,
    width       integer NOT NULL,
    height      integer NOT NULL,
    updated_at  timestamptz NOT NULL
);
