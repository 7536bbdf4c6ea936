package cn.zwgk.server.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail) {
}
