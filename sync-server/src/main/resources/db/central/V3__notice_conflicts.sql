-- A notice edited at a kiosk while the central copy moved on: both kept, the central copy stays in
-- force (and on residents' screens) until a person decides.
CREATE TABLE notice_conflict (
    upload_id        CHAR(36)     NOT NULL PRIMARY KEY,
    notice_id        CHAR(36)     NOT NULL,
    kiosk_id         VARCHAR(64)  NOT NULL,
    kiosk_version    BIGINT       NOT NULL,
    central_version  BIGINT       NOT NULL,
    payload          ${text}      NOT NULL,
    received_at      TIMESTAMP    NOT NULL,
    resolved_at      TIMESTAMP,
    resolution       VARCHAR(20)
);
CREATE INDEX notice_conflict_open ON notice_conflict (resolved_at, received_at);
