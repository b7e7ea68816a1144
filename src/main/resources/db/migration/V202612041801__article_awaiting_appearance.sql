-- A 예약 or 엠바고 article is announced once, when its time comes, by whichever node claims it first
-- (UPDATE … SET awaiting_appearance = false … RETURNING): one change, one announcement, and a restart
-- announces nothing again. Every save sets the flag from the state it writes.
ALTER TABLE articles ADD COLUMN awaiting_appearance boolean NOT NULL DEFAULT false;
UPDATE articles SET awaiting_appearance = true WHERE status = 'PUBLISHED' AND published_at > now();
CREATE INDEX articles_awaiting_idx ON articles (published_at) WHERE awaiting_appearance;
