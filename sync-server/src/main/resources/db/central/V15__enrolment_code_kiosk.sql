-- A re-enrolment code is issued for one revoked kiosk id and enrols only that id (issue 17 item 2); NULL: a code
-- for a new kiosk, which can never take an existing id.
ALTER TABLE enrolment_code ADD COLUMN kiosk_id VARCHAR(64);
