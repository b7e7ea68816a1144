-- Every change a reader could see, in order, so each node can follow the others: a NOTIFY wakes them at
-- once, and after a reconnect a node reads what it missed from here. Old rows are pruned after a day.
CREATE TABLE change_log (
    id          bigserial    PRIMARY KEY,
    kind        varchar(30)  NOT NULL,
    article_id  bigint,
    section_id  integer,
    detail      varchar(100),
    origin      varchar(40)  NOT NULL,
    at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX change_log_at_idx ON change_log (at);
