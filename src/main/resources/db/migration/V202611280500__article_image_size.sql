-- The lead photo's size, read from the body when the article is saved: Open Graph and structured data need
-- it, and no reader request should have to measure a picture.
ALTER TABLE articles ADD COLUMN image_width integer, ADD COLUMN image_height integer;
