-- Reference data that syncs like any record but has no screen of its own here yet: notice templates
-- (TEMPLATE) and the working-day calendar per year (CALENDAR).
CREATE TABLE reference_record (
    record_type VARCHAR(20)  NOT NULL,
    id          VARCHAR(40)  NOT NULL,
    version     BIGINT       NOT NULL,
    payload     ${text}      NOT NULL,
    PRIMARY KEY (record_type, id)
);
