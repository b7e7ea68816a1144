-- Which editor window a revision was saved from: a random id the editor's script picks for its window and keeps
-- with the browser's copy of the text. A save naming an older version is a conflict only when a revision in
-- between came from another person or another window; the window's own saves whose answers were lost (a
-- dropped connection, a closed tab) are not.
ALTER TABLE article_revisions ADD COLUMN editor_copy varchar(64);
