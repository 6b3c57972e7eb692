-- Shadow visits: a candidate's site visited on a date, by attendees from the evaluation's
-- evaluators, with an agenda; the lead records afterwards how representative the visit was.
-- Before the visit starts each attendee may record the score they expect per rubric section.
CREATE TABLE visit (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    evaluation_id         BIGINT       NOT NULL,
    vendor_id             BIGINT       NOT NULL,
    site_id               BIGINT       NOT NULL,
    -- Wall-clock time at the site; its zone is the site's time zone.
    starts_at             DATETIME     NOT NULL,
    status                VARCHAR(12)  NOT NULL,
    notes                 TEXT,
    cancel_reason         TEXT,
    -- Visit integrity, recorded by the lead after the visit; null until answered.
    picked_agents         BOOLEAN,
    unsupervised          BOOLEAN,
    focus_group_alone     BOOLEAN,
    typical_volume        BOOLEAN,
    hospitality           TEXT,
    integrity_note        TEXT,
    integrity_recorded_at DATETIME(6),
    created_at            DATETIME(6)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_visit_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_visit_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_visit_site FOREIGN KEY (site_id) REFERENCES vendor_site (id),
    CONSTRAINT ck_visit_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_attendee (
    visit_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    CONSTRAINT pk_visit_attendee PRIMARY KEY (visit_id, user_id),
    CONSTRAINT fk_visit_attendee_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_visit_attendee_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_agenda_item (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    visit_id    BIGINT       NOT NULL,
    sort_order  INT          NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    starts_at   TIME,
    title       VARCHAR(200) NOT NULL,
    -- Floor shadowing: which attendee sits with which agent, team or queue.
    attendee_id BIGINT,
    with_whom   VARCHAR(200),
    notes       TEXT,
    CONSTRAINT fk_agenda_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_agenda_attendee FOREIGN KEY (attendee_id) REFERENCES app_user (id),
    CONSTRAINT ck_agenda_kind CHECK (kind IN ('BRIEFING', 'FLOOR_SHADOWING', 'CALL_LISTENING', 'FOCUS_GROUP',
        'LEADERSHIP_DEBRIEF', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an attendee expected of a section before the visit (locked once it starts).
CREATE TABLE expectation (
    visit_id       BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    section_code   VARCHAR(16) NOT NULL,
    expected_score INT,
    reason         TEXT,
    updated_at     DATETIME(6) NOT NULL,
    CONSTRAINT pk_expectation PRIMARY KEY (visit_id, user_id, section_code),
    CONSTRAINT fk_expectation_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_expectation_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_visit_evaluation ON visit (evaluation_id);
CREATE INDEX ix_visit_vendor ON visit (vendor_id);
CREATE INDEX ix_visit_site ON visit (site_id);
CREATE INDEX ix_visit_attendee_user ON visit_attendee (user_id);
CREATE INDEX ix_agenda_visit ON visit_agenda_item (visit_id);
CREATE INDEX ix_expectation_user ON expectation (user_id);
