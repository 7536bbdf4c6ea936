-- Staff logins of the central console (and, for site-bound roles, of the kiosks: synced as STAFF records).
CREATE TABLE staff_account (
    username         VARCHAR(32)   NOT NULL PRIMARY KEY,
    display_name     VARCHAR(40)   NOT NULL,
    password_hash    VARCHAR(200)  NOT NULL,
    roles            VARCHAR(200)  NOT NULL,
    site_code        VARCHAR(32),
    active           BOOLEAN       NOT NULL,
    version          BIGINT        NOT NULL,
    failed_logins    INT           DEFAULT 0 NOT NULL,
    last_failure_at  TIMESTAMP,
    last_login_at    TIMESTAMP,
    updated_at       TIMESTAMP     NOT NULL
);

-- Append-only: who did what to which record, when. Never updated or deleted by the application.
CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(32)   NOT NULL,
    action_code VARCHAR(40)   NOT NULL,
    target      VARCHAR(200)  NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX audit_log_at ON audit_log (occurred_at);
CREATE INDEX audit_log_target ON audit_log (target);
