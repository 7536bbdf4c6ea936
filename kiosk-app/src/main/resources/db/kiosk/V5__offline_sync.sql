-- Offline sync on the kiosk (issue 5): bundle transports (USB directory, FTP/FTPS), the imports done,
-- and the NTP clock check.

-- One row: where bundles come from. Staff set it on /staff/sync.
CREATE TABLE offline_transport (
    id            INTEGER       NOT NULL PRIMARY KEY,
    usb_dir       VARCHAR(400),
    ftp_host      VARCHAR(200),
    ftp_port      INTEGER       DEFAULT 21 NOT NULL,
    ftp_user      VARCHAR(100),
    ftp_password  VARCHAR(200),
    ftp_path      VARCHAR(400),
    ftp_tls       BOOLEAN       DEFAULT FALSE NOT NULL
);
INSERT INTO offline_transport (id) VALUES (1);

-- Every bundle import tried, refused ones included (what staff see as "last bundle imported").
CREATE TABLE bundle_import (
    id           BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_time      TIMESTAMP     NOT NULL,
    source       VARCHAR(10)   NOT NULL,
    file_name    VARCHAR(400)  NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    scope_site   VARCHAR(40),
    since_seq    BIGINT,
    until_seq    BIGINT,
    changes      BIGINT,
    message      VARCHAR(2000)
);

-- The last NTP check: offset = this kiosk's clock minus the NTP server's.
ALTER TABLE sync_state ADD COLUMN ntp_offset_ms BIGINT;
ALTER TABLE sync_state ADD COLUMN ntp_checked_at TIMESTAMP;
ALTER TABLE sync_state ADD COLUMN ntp_error VARCHAR(500);
