-- Users log in with their e-mail address, stored lower-case and compared byte for byte
-- (utf8mb4_bin), so MySQL and H2 agree that jose@ and josé@ are different people. Roles are a
-- set, kept in their own table so that a role can be granted or withdrawn without rewriting
-- the user row. credentials_version changes whenever roles, the password or the enabled flag
-- change; a session signed in under an older value is ended. password_change_required is set
-- for passwords someone else saw (generated at creation or reset): the user must choose their
-- own before doing anything else.
CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email               VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    title               VARCHAR(120),
    password_hash       VARCHAR(255) NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    credentials_version INT          NOT NULL DEFAULT 0,
    password_change_required BOOLEAN NOT NULL DEFAULT FALSE,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_app_user_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'PROCUREMENT', 'EVALUATOR', 'VIEWER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application inserts rows and never updates or deletes them.
-- actor is the login name as typed (also for failed logins of unknown accounts), so it is
-- not a foreign key.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(64),
    entity_id   VARCHAR(64),
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_actor_action_time ON audit_event (actor, action, occurred_at);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id);
