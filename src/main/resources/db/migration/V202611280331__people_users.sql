CREATE TABLE users (
    id             bigserial PRIMARY KEY,
    username       varchar(60)  NOT NULL UNIQUE,
    password_hash  varchar(200) NOT NULL,
    display_name   varchar(60)  NOT NULL,
    email          varchar(200),
    role           varchar(20)  NOT NULL CHECK (role IN ('REPORTER', 'EDITOR', 'ADMIN')),
    bio            text,
    enabled        boolean      NOT NULL DEFAULT true,
    created_at     timestamptz  NOT NULL DEFAULT now()
);
