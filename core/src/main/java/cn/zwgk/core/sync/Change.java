package cn.zwgk.core.sync;

import tools.jackson.databind.JsonNode;

/**
 * One entry of the central change log.
 *
 * @param seq     global, strictly increasing sequence number (from a database sequence)
 * @param type    what kind of record
 * @param id      the record's id (UUID for items and notices, code for domains and sites)
 * @param op      upsert or delete
 * @param payload the whole record as JSON for an upsert; null for a delete (tombstone)
 */
public record Change(long seq, RecordType type, String id, ChangeOp op, JsonNode payload) {

    public Change {
        // JSON null arrives as a NullNode; a tombstone has no payload at all.
        if (payload != null && payload.isNull()) {
            payload = null;
        }
    }

    public static Change upsert(long seq, RecordType type, String id, JsonNode payload) {
        return new Change(seq, type, id, ChangeOp.UPSERT, payload);
    }

    public static Change delete(long seq, RecordType type, String id) {
        return new Change(seq, type, id, ChangeOp.DELETE, null);
    }
}
