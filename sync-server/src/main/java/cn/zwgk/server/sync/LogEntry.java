package cn.zwgk.server.sync;

import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;

/**
 * A change about to be appended to the log (the seq is assigned by the database).
 *
 * @param scopeSite the site the record is for (a notice's site), null for district-wide records
 * @param payload   the record as JSON, null for a delete
 */
public record LogEntry(RecordType type, String id, ChangeOp op, String scopeSite, String payload) {
}
