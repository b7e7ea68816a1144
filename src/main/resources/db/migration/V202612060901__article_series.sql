-- The series (연재) an article belongs to, if any. The episode number is not stored: it is the article's place
-- by publication time among the series' visible articles, so a withdrawn episode renumbers the others.
ALTER TABLE articles ADD COLUMN series_id integer REFERENCES series (id);
CREATE INDEX articles_series_published ON articles (series_id, published_at, id) WHERE series_id IS NOT NULL;
