-- Notice templates and working-day calendars as received from the central office.
CREATE TABLE reference_record (
    record_type VARCHAR(20)  NOT NULL,
    id          VARCHAR(40)  NOT NULL,
    payload     CLOB         NOT NULL,
    PRIMARY KEY (record_type, id)
);
