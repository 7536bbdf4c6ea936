-- Sync v1 on the kiosk: its enrolled identity (credential and the pinned central key), the outbox of
-- records it created, and the measured clock drift.

CREATE TABLE kiosk_identity (
    id          INTEGER       NOT NULL PRIMARY KEY,
    kiosk_id    VARCHAR(64)   NOT NULL,
    site_code   VARCHAR(40)   NOT NULL,
    token       VARCHAR(200)  NOT NULL,
    server_url  VARCHAR(400)  NOT NULL,
    public_key  VARCHAR(200)  NOT NULL,
    key_id      VARCHAR(16)   NOT NULL,
    enrolled_at TIMESTAMP     NOT NULL
);

-- Records created here (requests, local notices) until the server acknowledged them. payload is kept
-- exactly as first sent, so a resend is byte-identical (the server is idempotent on id + content).
CREATE TABLE outbox (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    record_type VARCHAR(20)   NOT NULL,
    payload     CLOB          NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    sent_at     TIMESTAMP,
    attempts    INTEGER       DEFAULT 0 NOT NULL,
    last_error  VARCHAR(1000)
);
CREATE INDEX outbox_pending ON outbox (sent_at, created_at);

ALTER TABLE sync_state ADD COLUMN clock_drift_ms BIGINT;
