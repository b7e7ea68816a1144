-- A reporter's draft they deleted: hidden everywhere, kept 30 days so an administrator can bring it back.
ALTER TABLE articles
    ADD COLUMN deleted_at timestamptz,
    ADD COLUMN deleted_by bigint REFERENCES users (id);
CREATE INDEX articles_deleted_idx ON articles (deleted_at DESC) WHERE deleted_at IS NOT NULL;
