-- Staff mode and the notice board on the kiosk (issue #7).

-- Staff accounts of this kiosk's site, as synced from the central office (RecordType.STAFF): only the
-- Argon2id hash is here, never a password.
CREATE TABLE staff_account (
    username   VARCHAR(32)  NOT NULL PRIMARY KEY,
    site_code  VARCHAR(40),
    active     SMALLINT     NOT NULL,
    payload    CLOB         NOT NULL
);

-- Consecutive failed logins per user name (also for names that do not exist, so probing costs the same).
CREATE TABLE staff_login_failure (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    last_failure  TIMESTAMP    NOT NULL
);

-- Every version of every template seen, so a notice renders with the version it was written with.
CREATE TABLE template_version (
    template_id  VARCHAR(40)  NOT NULL,
    version      INTEGER      NOT NULL,
    payload      CLOB         NOT NULL,
    PRIMARY KEY (template_id, version)
);

-- Drafts written at this kiosk. base_id/base_version: the published notice a draft corrects (null: new).
CREATE TABLE notice_draft (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    site_code     VARCHAR(40)  NOT NULL,
    base_id       CHAR(36),
    base_version  BIGINT,
    author        VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    payload       CLOB         NOT NULL
);

-- Every version this kiosk published or withdrew, with the upload that carries it up: the history of a
-- notice, and (joined with the outbox) whether the central office took it or kept it as a conflict.
CREATE TABLE notice_edit (
    upload_id     CHAR(36)     NOT NULL PRIMARY KEY,
    notice_id     CHAR(36)     NOT NULL,
    version       BIGINT       NOT NULL,
    author        VARCHAR(64)  NOT NULL,
    edited_at     TIMESTAMP    NOT NULL,
    payload       CLOB         NOT NULL
);
CREATE INDEX notice_edit_notice ON notice_edit (notice_id, version);
