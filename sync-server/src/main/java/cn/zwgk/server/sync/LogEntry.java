package cn.zwgk.server.sync;

import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;

/**
 * A change about to be appended to the log (the seq is assigned by the database).
 *
 * @param scopeSite the site the record is for (a notice's site), null for district-wide records
 * @param payload   the record as JSON, null for a delete
 * @param urgent    picked up by online kiosks' light poll within minutes instead of at the nightly sync
 */
public record LogEntry(RecordType type, String id, ChangeOp op, String scopeSite, String payload, boolean urgent) {

    public LogEntry(RecordType type, String id, ChangeOp op, String scopeSite, String payload) {
        this(type, id, op, scopeSite, payload, false);
    }
}
