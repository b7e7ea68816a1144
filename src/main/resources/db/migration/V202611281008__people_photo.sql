-- A reporter's portrait for the byline page: the thumbnail rendition of an uploaded photo.
ALTER TABLE users ADD COLUMN photo_url varchar(300), ADD COLUMN photo_width integer, ADD COLUMN photo_height integer;
