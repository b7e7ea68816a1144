-- The first answer to each API request sent with an Idempotency-Key, per token owner, so a retry gets it
-- back on any node instead of doing the work twice. Kept until expires_at (sinmun.api.idempotency-key-ttl).
-- A JSON request's row is written in the transaction that did its work, so the work and its answer commit
-- together. An upload's row exists from the start (status NULL, the upload under way until locked_until),
-- because an upload talks to the media store and holds no transaction while it does.
CREATE TABLE api_idempotency_keys (
    user_id          bigint        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idempotency_key  varchar(255)  NOT NULL,
    -- SHA-256 of the method, the path and query, the content type and the body.
    fingerprint      char(64)      NOT NULL,
    status           integer,
    headers          text,
    body             bytea,
    locked_until     timestamptz,
    created_at       timestamptz   NOT NULL,
    expires_at       timestamptz   NOT NULL,
    PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX api_idempotency_keys_expiry_idx ON api_idempotency_keys (expires_at);
