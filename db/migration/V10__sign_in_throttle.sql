-- Failed sign-ins, counted per login name and client address (a working table, not a record:
-- rows older than a day are deleted). Failures slow down further attempts of the same name from
-- the same address, and an address that fails too often across names is paused; an attacker
-- elsewhere can slow the owner of an account down only from the owner's own address.
CREATE TABLE login_failure (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login          VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    failed_at      DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_login_failure_login_address ON login_failure (login, client_address, failed_at);
CREATE INDEX ix_login_failure_address ON login_failure (client_address, failed_at);
CREATE INDEX ix_login_failure_time ON login_failure (failed_at);

-- Where a sign-in came from, for administrators reading the trail, and to cap how many rows an
-- anonymous client can add to it.
ALTER TABLE audit_event ADD COLUMN client_address VARCHAR(64);
CREATE INDEX ix_audit_event_address_time ON audit_event (client_address, occurred_at);
