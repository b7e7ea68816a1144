-- Sub-sections (경제 > 금융·증권): one level only. A section may name a parent; the parent must itself be a
-- top-level section, and a section that has sub-sections cannot become one. Sections keeps the same rules
-- and answers them in Korean; the trigger is the last word when two administrators edit at the same moment.
-- Removing a parent that still has sub-sections is refused by the foreign key (no cascade: articles hang on them).
ALTER TABLE sections ADD COLUMN parent_id integer REFERENCES sections (id);
ALTER TABLE sections ADD CONSTRAINT sections_parent_not_self CHECK (parent_id IS NULL OR parent_id <> id);
CREATE INDEX sections_parent_idx ON sections (parent_id) WHERE parent_id IS NOT NULL;

CREATE FUNCTION sections_one_level() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL THEN
        -- Locking the parent row makes a concurrent edit that gives the parent a parent wait for this one,
        -- and then see it.
        PERFORM 1 FROM sections WHERE id = NEW.parent_id FOR NO KEY UPDATE;
        IF EXISTS (SELECT 1 FROM sections WHERE id = NEW.parent_id AND parent_id IS NOT NULL) THEN
            RAISE EXCEPTION 'section % is itself a sub-section', NEW.parent_id USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM sections WHERE parent_id = NEW.id) THEN
            RAISE EXCEPTION 'section % has sub-sections', NEW.id USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER sections_one_level BEFORE INSERT OR UPDATE OF parent_id ON sections
    FOR EACH ROW EXECUTE FUNCTION sections_one_level();
