-- The demo paper's articles, installed for a first look. They stay inside the installation: portals, CDN
-- purges, feeds, sitemaps and the partnership export leave them out, and their pages are marked noindex.
ALTER TABLE articles ADD COLUMN demo boolean NOT NULL DEFAULT false;
