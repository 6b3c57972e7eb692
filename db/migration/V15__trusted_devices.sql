-- Browsers an account signed in from: the sign-in sets a random token in a cookie, and only its
-- SHA-256 is kept here. A browser that holds a token for the name it signs in with is trusted:
-- failures elsewhere (from an address shared with an attacker, or spread over many addresses)
-- never pause it. A working table: tokens unused for 90 days are deleted.
CREATE TABLE trusted_device (
    token_hash   CHAR(64)     NOT NULL PRIMARY KEY,
    login        VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    trusted_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_trusted_device_login ON trusted_device (login, last_used_at);
CREATE INDEX ix_trusted_device_used ON trusted_device (last_used_at);

-- A failure from a trusted browser is counted against that browser (its own growing wait), not
-- against the address or the name as a whole.
ALTER TABLE login_failure ADD COLUMN device CHAR(64);
CREATE INDEX ix_login_failure_device ON login_failure (login, device, failed_at);
