-- Sync v1: enrolled kiosks with credentials, inventory reports, urgent changes, uploads from kiosks.

ALTER TABLE kiosk ADD COLUMN credential_hash CHAR(64);
ALTER TABLE kiosk ADD COLUMN status VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE kiosk ADD COLUMN enrolled_at TIMESTAMP;
ALTER TABLE kiosk ADD COLUMN revoked_at TIMESTAMP;
ALTER TABLE kiosk ADD COLUMN reported_at TIMESTAMP;
ALTER TABLE kiosk ADD COLUMN last_success_at TIMESTAMP;
ALTER TABLE kiosk ADD COLUMN clock_drift_ms BIGINT;
ALTER TABLE kiosk ADD COLUMN free_disk_bytes BIGINT;
ALTER TABLE kiosk ADD COLUMN pending_uploads INTEGER;
ALTER TABLE kiosk ADD COLUMN record_counts VARCHAR(1000);
ALTER TABLE kiosk ADD COLUMN last_error VARCHAR(2000);

-- One-time enrolment codes, stored hashed; a code enrols one kiosk for one site.
CREATE TABLE enrolment_code (
    code_hash   CHAR(64)     NOT NULL PRIMARY KEY,
    site_code   VARCHAR(40)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    used_at     TIMESTAMP,
    used_by     VARCHAR(64)
);

ALTER TABLE change_log ADD COLUMN urgent BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX change_log_scope ON change_log (scope_site, seq);

-- Records kiosks created, as received (the request desk and notice review consume them).
CREATE TABLE upload (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    kiosk_id     VARCHAR(64)  NOT NULL,
    record_type  VARCHAR(20)  NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    payload      ${text}      NOT NULL,
    received_at  TIMESTAMP    NOT NULL
);

-- Same id, different content: refused with 409 and kept here for a person to review.
CREATE TABLE upload_conflict (
    conflict_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           CHAR(36)     NOT NULL,
    kiosk_id     VARCHAR(64)  NOT NULL,
    record_type  VARCHAR(20)  NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    payload      ${text}      NOT NULL,
    received_at  TIMESTAMP    NOT NULL
);
