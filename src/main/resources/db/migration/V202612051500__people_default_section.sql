-- The section a reporter's new articles start in, chosen on their account page. Without one (or when the
-- section is removed) the newsroom falls back to the section they write in most.
ALTER TABLE users ADD COLUMN default_section_id integer REFERENCES sections (id) ON DELETE SET NULL;
