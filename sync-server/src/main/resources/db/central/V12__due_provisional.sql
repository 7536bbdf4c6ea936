-- A due date counted over a year whose official working-day calendar is not entered yet (Monday to Friday
-- assumed) is provisional (暂定): shown as such until the office enters that year, which derives it again.
ALTER TABLE info_request ADD COLUMN due_provisional BOOLEAN DEFAULT FALSE NOT NULL;

-- Messages to one staff member shown on their console front page until read, e.g. "the due dates of your
-- requests moved because the 2027 calendar was entered". Tracking codes and dates only, no personal data.
CREATE TABLE staff_message (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    recipient   VARCHAR(32)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    read_at     TIMESTAMP
);
CREATE INDEX staff_message_unread ON staff_message (recipient, read_at);
