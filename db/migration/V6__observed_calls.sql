-- Calls an attendee listened to on the floor, logged as they happen: quick facts that later
-- serve as evidence for the scorecard.
CREATE TABLE observed_call (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    visit_id          BIGINT       NOT NULL,
    author_id         BIGINT       NOT NULL,
    -- Wall-clock time at the site.
    observed_at       TIME,
    queue             VARCHAR(120),
    handle_seconds    INT,
    -- YES, NO or UNCLEAR; null when not noted.
    first_contact     VARCHAR(8),
    transfers         INT          NOT NULL DEFAULT 0,
    holds             INT          NOT NULL DEFAULT 0,
    -- Compliance moments: YES, NO or NA; null when not noted.
    identity_verified VARCHAR(4),
    disclosure_read   VARCHAR(4),
    card_data_ok      VARCHAR(4),
    -- POSITIVE, NEUTRAL or NEGATIVE at the end of the call.
    sentiment         VARCHAR(10),
    note              TEXT,
    created_at        DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_observed_call_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_observed_call_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT ck_observed_call_counts CHECK (transfers >= 0 AND holds >= 0
        AND (handle_seconds IS NULL OR handle_seconds >= 0)),
    CONSTRAINT ck_observed_call_fcr CHECK (first_contact IS NULL OR first_contact IN ('YES', 'NO', 'UNCLEAR')),
    CONSTRAINT ck_observed_call_sentiment CHECK (sentiment IS NULL
        OR sentiment IN ('POSITIVE', 'NEUTRAL', 'NEGATIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_observed_call_visit ON observed_call (visit_id);
CREATE INDEX ix_observed_call_author ON observed_call (author_id);
