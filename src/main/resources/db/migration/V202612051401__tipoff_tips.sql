-- 기사제보: readers' tips and their photos. The photos live here, not in the public media store, so no address
-- under /media ever serves them. sender_hash (SHA-256 of the sender's address) exists only for the hourly limit
-- and is cleared after a day; whole tips are deleted at the end of the retention period (sinmun.tips.retention).
CREATE TABLE tips (
    id           bigserial    PRIMARY KEY,
    name         varchar(50),
    contact      varchar(200) NOT NULL,
    body         text         NOT NULL,
    status       varchar(12)  NOT NULL CHECK (status IN ('RECEIVED', 'REVIEWING', 'REPORTED', 'CLOSED')),
    sender_hash  char(64),
    received_at  timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   bigint
);
CREATE INDEX tips_received ON tips (received_at DESC);
CREATE INDEX tips_sender ON tips (sender_hash, received_at) WHERE sender_hash IS NOT NULL;

CREATE TABLE tip_attachments (
    id            bigserial    PRIMARY KEY,
    tip_id        bigint       NOT NULL REFERENCES tips (id) ON DELETE CASCADE,
    file_name     varchar(120) NOT NULL,
    content_type  varchar(40)  NOT NULL,
    bytes         integer      NOT NULL,
    width         integer      NOT NULL,
    height        integer      NOT NULL,
    data          bytea        NOT NULL
);
CREATE INDEX tip_attachments_tip ON tip_attachments (tip_id);
