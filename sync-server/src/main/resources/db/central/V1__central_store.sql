-- Central store. Runs on embedded Derby and on PostgreSQL: only portable SQL here; the types
-- that differ come in as Flyway placeholders (${text}: CLOB on Derby, TEXT on PostgreSQL).

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
    name        VARCHAR(800) NOT NULL,
    version     BIGINT       NOT NULL,
    payload     ${text}      NOT NULL
);
CREATE INDEX catalogue_item_domain ON catalogue_item (domain_code);

CREATE TABLE notice (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    site_code   VARCHAR(40)  NOT NULL,
    category    VARCHAR(100) NOT NULL,
    title       VARCHAR(500) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    version     BIGINT       NOT NULL,
    payload     ${text}      NOT NULL
);
CREATE INDEX notice_site ON notice (site_code);

-- Every write to a syncable record appends here; seq comes from the identity's sequence, so it is
-- unique across server nodes sharing one PostgreSQL. scope_site is null for district-wide records.
CREATE TABLE change_log (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_type VARCHAR(20)  NOT NULL,
    record_id   VARCHAR(40)  NOT NULL,
    op          VARCHAR(10)  NOT NULL,
    scope_site  VARCHAR(40),
    payload     ${text},
    created_at  TIMESTAMP    NOT NULL
);

-- Kiosks as seen by the sync API (enrolment and credentials come with the sync issue).
CREATE TABLE kiosk (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    site_code       VARCHAR(40),
    app_version     VARCHAR(40),
    first_seen      TIMESTAMP    NOT NULL,
    last_seen       TIMESTAMP    NOT NULL,
    last_checkpoint BIGINT       NOT NULL
);
