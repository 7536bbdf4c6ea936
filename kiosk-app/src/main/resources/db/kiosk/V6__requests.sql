-- Information requests (依申请公开) filed at this kiosk, and the status of requests synced down from the
-- central request desk. The applicant's personal data is never in these tables: it is only in the
-- outbox row of the same id, sealed with AES-GCM, and purged from there after acknowledgement.

-- One row: the next number of this kiosk's tracking codes (TrackingCode: kiosk number + sequence).
CREATE TABLE request_counter (
    id       INTEGER NOT NULL PRIMARY KEY,
    next_seq BIGINT  NOT NULL
);
INSERT INTO request_counter (id, next_seq) VALUES (1, 1);

-- Requests submitted here. phone_check = RequestStatus.phoneCheck (salted PBKDF2 of the last four phone
-- digits, as the desk's status records carry it), so the status screen can answer before the request was
-- uploaded without storing the digits; null once purged.
CREATE TABLE kiosk_request (
    id            CHAR(36)    NOT NULL PRIMARY KEY,
    tracking_code CHAR(10)    NOT NULL UNIQUE,
    phone_check   VARCHAR(120),
    submitted_at  TIMESTAMP   NOT NULL,
    received_on   DATE        NOT NULL,
    clock_doubt   SMALLINT    NOT NULL,
    delivery      VARCHAR(20) NOT NULL,
    purged_at     TIMESTAMP
);

-- REQUEST_STATUS records from the central desk (no personal data), as received.
CREATE TABLE request_status (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    tracking_code VARCHAR(20) NOT NULL,
    payload       CLOB        NOT NULL
);
CREATE INDEX request_status_code ON request_status (tracking_code);
