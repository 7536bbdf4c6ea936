-- How often each item was opened on this kiosk: only a count per item (no time, no order, no session),
-- so the "popular items" suggestion can never tell the next resident what the last one looked at.
CREATE TABLE item_view (
    item_id CHAR(36) NOT NULL PRIMARY KEY,
    views   INTEGER  NOT NULL
);
