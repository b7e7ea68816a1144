-- 사진 보관함: every photo uploaded for articles (from the editor, the library page or the API) is kept with
-- who uploaded it, its caption, credit and alt text, so another article can use it again. Banner images and
-- reporters' portraits are media too, but not news photos: they stay out of the library (in_library false).
ALTER TABLE media
    ADD COLUMN in_library   boolean      NOT NULL DEFAULT false,
    ADD COLUMN uploaded_by  bigint       REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN caption      varchar(500) NOT NULL DEFAULT '',
    ADD COLUMN credit       varchar(100) NOT NULL DEFAULT '',
    ADD COLUMN alt_text     varchar(300) NOT NULL DEFAULT '',
    -- Character pairs (bigrams) of the caption and credit, lower-cased, for a GIN index: Korean words carry
    -- their particles (국회에서, 국회의), so a search has to find text inside words, and pairs are what a
    -- two-syllable Korean word is made of. Built-in array operators only, no extension to install.
    ADD COLUMN search_grams text[]       NOT NULL DEFAULT '{}',
    -- The crop, in pixels of the upright original (NULL: the whole picture), and the focal point as a share
    -- of the original's width and height. Renditions are made from the crop; the 3:2 card copy is cut around
    -- the focal point.
    ADD COLUMN crop_x       integer,
    ADD COLUMN crop_y       integer,
    ADD COLUMN crop_width   integer,
    ADD COLUMN crop_height  integer,
    ADD COLUMN focal_x      real         NOT NULL DEFAULT 0.5,
    ADD COLUMN focal_y      real         NOT NULL DEFAULT 0.5,
    -- Raised by every change of crop or focal point: the renditions of edition n are named <base>-v<n>-…, so a
    -- changed photo gets new addresses and the year-long browser caches never show the old cut.
    ADD COLUMN edition      integer      NOT NULL DEFAULT 0,
    ADD COLUMN has_card     boolean      NOT NULL DEFAULT false,
    ADD CONSTRAINT media_crop_whole CHECK ((crop_x IS NULL) = (crop_width IS NULL)
        AND (crop_x IS NULL) = (crop_y IS NULL) AND (crop_x IS NULL) = (crop_height IS NULL)),
    ADD CONSTRAINT media_focal_inside CHECK (focal_x BETWEEN 0 AND 1 AND focal_y BETWEEN 0 AND 1);

-- Photos stored before the library existed were uploaded for articles, unless a portrait or a banner uses them.
UPDATE media m SET in_library = true
 WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.photo_url LIKE '/media/' || split_part(m.stored_name, '.', 1) || '%')
   AND NOT EXISTS (SELECT 1 FROM ad_campaigns c WHERE c.image_url LIKE '/media/' || split_part(m.stored_name, '.', 1) || '%');

-- The library's list is newest first, optionally one uploader's; the search narrows by the grams.
CREATE INDEX media_library_recent_idx ON media (created_at DESC, id DESC) WHERE in_library;
CREATE INDEX media_library_uploader_idx ON media (uploaded_by, created_at DESC, id DESC) WHERE in_library;
CREATE INDEX media_library_grams_idx ON media USING gin (search_grams) WHERE in_library;
