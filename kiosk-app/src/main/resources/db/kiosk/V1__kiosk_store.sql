-- Kiosk store (embedded Derby): the last good copy of what the central office published for this
-- kiosk, plus the sync checkpoint. Records are kept whole as JSON (payload) beside the columns that
-- screens filter and sort by.

CREATE TABLE domain (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL
);

CREATE TABLE site (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(400) NOT NULL,
    site_level  VARCHAR(20)  NOT NULL,
    parent_code VARCHAR(40)
);

CREATE TABLE catalogue_item (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    domain_code VARCHAR(40)  NOT NULL,
    serial_no   INTEGER      NOT NULL,
    level1      VARCHAR(800) NOT NULL,
    name        VARCHAR(800) NOT NULL,
    payload     CLOB         NOT NULL
);
CREATE INDEX catalogue_item_domain ON catalogue_item (domain_code, kind, serial_no);

CREATE TABLE notice (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    site_code   VARCHAR(40)  NOT NULL,
    category    VARCHAR(100) NOT NULL,
    title       VARCHAR(500) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE,
    payload     CLOB         NOT NULL
);
CREATE INDEX notice_site ON notice (site_code, start_date);

-- One row. checkpoint moves only in the transaction that applies a page; the attempt columns record
-- what the last try did, so the status shown is derived from what was committed.
CREATE TABLE sync_state (
    id              INTEGER       NOT NULL PRIMARY KEY,
    checkpoint      BIGINT        NOT NULL,
    server_latest   BIGINT        NOT NULL,
    last_success_at TIMESTAMP,
    last_attempt_at TIMESTAMP,
    last_error      VARCHAR(2000)
);
INSERT INTO sync_state (id, checkpoint, server_latest) VALUES (1, 0, 0);
