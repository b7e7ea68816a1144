-- Whether an article's body embeds a video, and of which provider (youtube, navertv, kakaotv): worked out when
-- the article is saved, so the home page's 영상 box finds the newest videos with an index walk rather than
-- parsing bodies. Null: no video.
ALTER TABLE articles ADD COLUMN video_provider varchar(20);

-- Articles saved before the column existed: the first stored video block's provider. The sanitizer admitted
-- only these three names into data-video-provider, so the body says it in exactly this form.
UPDATE articles
SET video_provider = substring(body_html from 'data-video-provider="(youtube|navertv|kakaotv)"')
WHERE body_html LIKE '%data-video-provider=%';

CREATE INDEX articles_video_published_idx ON articles (published_at DESC) WHERE status = 'PUBLISHED'
    AND video_provider IS NOT NULL;
