package cn.zwgk.server.audit;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import java.util.List;

/** Reading the audit log: the central admin only. */
public final class AuditService {
    private final Database database;
    private final AuditLog log;

    public AuditService(Database database, AuditLog log) {
        this.database = database;
        this.log = log;
    }

    public List<AuditEntry> recent(StaffSession who, String actor, String targetPrefix, int limit) {
        who.require(Role.CENTRAL_ADMIN);
        return database.inTransaction(c -> log.recent(c, actor, targetPrefix, Math.min(limit, 1000)));
    }

    public AuditLog log() {
        return log;
    }
}
