-- Information requests (依申请公开) taken in from kiosk uploads. Personal data (name, ID, phone, address,
-- e-mail, description) lives only in `personal`, encrypted with AES-GCM under the server's request key;
-- every other column is free of it, so lists, reminders and the annual report never decrypt anything.
CREATE TABLE info_request (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    tracking_code     CHAR(10)      NOT NULL,
    kiosk_id          VARCHAR(64)   NOT NULL,
    site_code         VARCHAR(40)   NOT NULL,
    applicant_type    VARCHAR(20)   NOT NULL,
    organisation_kind VARCHAR(20),
    delivery          VARCHAR(20)   NOT NULL,
    department        VARCHAR(100),
    received_date     DATE          NOT NULL,
    submitted_at      TIMESTAMP     NOT NULL,
    clock_doubt       BOOLEAN       NOT NULL,
    state             VARCHAR(30)   NOT NULL,
    due_date          DATE,
    reply_type        VARCHAR(30),
    reply_reason      VARCHAR(30),
    concluded_on      DATE,
    phone_check       VARCHAR(100)  NOT NULL,
    personal          ${text}       NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP     NOT NULL
);
CREATE INDEX info_request_code ON info_request (tracking_code);
CREATE INDEX info_request_open ON info_request (state, due_date);
CREATE INDEX info_request_received ON info_request (received_date);

-- The append-only history of each request; the due date and state are derived from it. Keyed by the
-- request and the event's number in it (no identity column: Derby's identity generator fails under
-- concurrent inserts with "too much contention").
CREATE TABLE request_event (
    request_id       CHAR(36)      NOT NULL,
    event_no         INTEGER       NOT NULL,
    event_type       VARCHAR(40)   NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL,
    actor            VARCHAR(80)   NOT NULL,
    on_date          DATE          NOT NULL,
    reply_type       VARCHAR(30),
    reply_reason     VARCHAR(30),
    approver         VARCHAR(100),
    deadline         DATE,
    document_sha256  CHAR(64),
    note             VARCHAR(2000),
    PRIMARY KEY (request_id, event_no)
);

-- INFO_REQUEST uploads refused as malformed (422 to the kiosk), kept for a person to review; the payload
-- is encrypted like `personal` above.
CREATE TABLE request_refusal (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    upload_id    VARCHAR(64)   NOT NULL,
    kiosk_id     VARCHAR(64)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    payload      ${text}       NOT NULL,
    received_at  TIMESTAMP     NOT NULL,
    reviewed_at  TIMESTAMP
);
