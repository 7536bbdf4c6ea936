-- Notice uploads refused (422 to the kiosk: e.g. an image it refers to never arrived), kept for review.
CREATE TABLE notice_refusal (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    upload_id    VARCHAR(64)   NOT NULL,
    kiosk_id     VARCHAR(64)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    payload      ${text}       NOT NULL,
    received_at  TIMESTAMP     NOT NULL,
    reviewed_at  TIMESTAMP
);

-- Every published version of a notice template (metadata + markup as synced); reference_record holds the
-- one written last. Old versions stay: notices written with them render with them.
CREATE TABLE template_version (
    template_id  VARCHAR(40)   NOT NULL,
    version      INTEGER       NOT NULL,
    payload      ${text}       NOT NULL,
    published_at TIMESTAMP     NOT NULL,
    published_by VARCHAR(64)   NOT NULL,
    PRIMARY KEY (template_id, version)
);
