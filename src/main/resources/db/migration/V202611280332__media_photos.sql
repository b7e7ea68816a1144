CREATE TABLE media (
    id            bigserial PRIMARY KEY,
    stored_name   varchar(200) NOT NULL UNIQUE,
    content_type  varchar(60)  NOT NULL,
    width         integer      NOT NULL,
    height        integer      NOT NULL,
    size_bytes    bigint       NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
