package cn.zwgk.server.request;

import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.LogEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a request's {@link RequestStatus} to the change log after every event, district-wide (no scope site),
 * so that any kiosk can answer a status lookup offline. It carries no personal data.
 */
final class StatusWriter {
    private final RequestStore store;
    private final ChangeLogStore changeLog;

    StatusWriter(RequestStore store, ChangeLogStore changeLog) {
        this.store = store;
        this.changeLog = changeLog;
    }

    RequestStatus publish(Connection c, RequestSummary r) throws SQLException {
        String[] fields = store.statusFields(c, r.id());
        DeliveryMethod delivery = DeliveryMethod.valueOf(fields[1]);
        RequestStatus status = new RequestStatus(r.id(), TrackingCode.parse(r.trackingCode()).orElseThrow().compact(),
                fields[0], r.state(), r.receivedDate(), r.dueDate(), r.dueProvisional(), r.replyType(), r.replyReason(),
                RequestStatus.howToCollect(r.state(), r.replyType(), delivery), r.version());
        changeLog.append(c, List.of(new LogEntry(RecordType.REQUEST_STATUS, r.id(), ChangeOp.UPSERT, null,
                SyncJson.write(status))));
        return status;
    }
}
