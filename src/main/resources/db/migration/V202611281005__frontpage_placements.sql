-- The desk's arrangement of the home page, as a history: one row per article per slot per stretch of time.
-- A change closes the current row (placed_until) and opens a new one, so what stood where, and when, and who
-- put it there can be shown for any date range (large outlets must keep this record).
CREATE TABLE frontpage_placements (
    id            bigserial    PRIMARY KEY,
    slot          varchar(20)  NOT NULL,
    article_id    bigint       NOT NULL REFERENCES articles (id),
    placed_by     bigint       REFERENCES users (id),
    placed_from   timestamptz  NOT NULL,
    placed_until  timestamptz,
    removed_by    bigint       REFERENCES users (id)
);
-- At most one current article per slot.
CREATE UNIQUE INDEX frontpage_current_idx ON frontpage_placements (slot) WHERE placed_until IS NULL;
CREATE INDEX frontpage_period_idx ON frontpage_placements (placed_from, placed_until);
