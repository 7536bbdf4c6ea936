-- Every version of every catalogue item, with who made it and when: the item's history as staff see it.
-- A retired item's last row keeps its final payload (the item itself is deleted and tombstoned in change_log).
CREATE TABLE catalogue_item_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     CHAR(36)      NOT NULL,
    version     BIGINT        NOT NULL,
    change_kind VARCHAR(10)   NOT NULL,
    author      VARCHAR(32)   NOT NULL,
    changed_at  TIMESTAMP     NOT NULL,
    source      VARCHAR(300),
    payload     ${text}       NOT NULL
);
CREATE INDEX catalogue_item_history_item ON catalogue_item_history (item_id);
