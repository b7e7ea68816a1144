-- Settings the newsroom edits over the configured defaults (sinmun.site.*): the paper's name, the footer's
-- legal details, the copyright line and the portals' verification tags. A missing key means "as configured".
CREATE TABLE site_settings (
    key         varchar(60)  PRIMARY KEY,
    value       text         NOT NULL,
    updated_at  timestamptz  NOT NULL
);
