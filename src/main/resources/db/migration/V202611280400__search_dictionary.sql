-- The newsroom's own words for the Korean analyzer: proper nouns and coinages Nori would split wrongly.
-- "segmentation" optionally names the parts a compound should also be found by (space separated).
CREATE TABLE search_words (
    word          varchar(60)  PRIMARY KEY,
    segmentation  varchar(200),
    created_at    timestamptz  NOT NULL DEFAULT now()
);
