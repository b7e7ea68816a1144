-- Where an article came from: NULL for the paper's own reporting (자체기사), or the agency's name for wire
-- copy (연합뉴스, 뉴시스, 뉴스1 …). Portals' partnership reviews count the two separately.
ALTER TABLE articles ADD COLUMN wire_source varchar(40);
