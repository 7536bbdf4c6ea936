-- Every published, withdrawn or republished version of a notice, written at the central console: a
-- corrected notice replaces the one on the boards, and the old text stays here.
CREATE TABLE notice_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice_id   CHAR(36)     NOT NULL,
    version     BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    author      VARCHAR(64)  NOT NULL,
    changed_at  TIMESTAMP    NOT NULL,
    payload     ${text}      NOT NULL
);
CREATE INDEX notice_history_notice ON notice_history (notice_id, version);
