-- Login throttling, after OWASP's Authentication Cheat Sheet. Wrong passwords are counted per account and
-- client address (an attacker only ever locks out their own address), and per account over the addresses it
-- does not know (so guessing from many addresses is bounded too). Each attempt is reserved here, in one
-- atomic upsert, before its password is checked: parallel guesses cannot overrun the limit, and every node
-- sees the same counts. client = '' is the account's row for addresses it does not know.
CREATE TABLE login_attempts (
    username      varchar(100) NOT NULL,
    client        varchar(64)  NOT NULL,
    window_start  timestamptz  NOT NULL,
    attempts      integer      NOT NULL,
    last_success  timestamptz,
    PRIMARY KEY (username, client)
);
CREATE INDEX login_attempts_window_idx ON login_attempts (window_start);

-- The per-account count of earlier versions, read and written in two steps, is replaced by the table above.
ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until;
