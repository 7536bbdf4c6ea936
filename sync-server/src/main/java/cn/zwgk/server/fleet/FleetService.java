package cn.zwgk.server.fleet;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.security.EnrolmentService;
import cn.zwgk.server.sync.ChangeLogStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The fleet for the console: every kiosk with its lag, enrolment of new kiosks and revocation (admin only). */
public final class FleetService {
    private final Database database;
    private final KioskRegistry registry;
    private final EnrolmentService enrolment;
    private final ChangeLogStore changeLog;
    private final AuditLog audit;
    private final Clock clock;

    /** A kiosk with how far behind the central change log it is ({@code lag} changes). */
    public record FleetRow(KioskSighting kiosk, long lag, boolean missedTwoNights) {
    }

    public FleetService(Database database, KioskRegistry registry, EnrolmentService enrolment, ChangeLogStore changeLog,
            AuditLog audit, Clock clock) {
        this.database = database;
        this.registry = registry;
        this.enrolment = enrolment;
        this.changeLog = changeLog;
        this.audit = audit;
        this.clock = clock;
    }

    public List<FleetRow> kiosks(StaffSession who) {
        who.require(Role.CENTRAL_ADMIN, Role.CATALOGUE_EDITOR);
        long latest = database.inTransaction(changeLog::latestSeq);
        var now = clock.instant();
        return registry.all().stream()
                .map(k -> new FleetRow(k, Math.max(0, latest - k.lastCheckpoint()), k.missedNightlySyncs(2, now)))
                .toList();
    }

    /**
     * Which kiosks already hold the newest change of one district-wide record (their checkpoint passed its seq)
     * and which still wait for it. Empty lists when the record never went into the change log.
     */
    public Delivery delivery(StaffSession who, cn.zwgk.core.sync.RecordType type, String id) {
        who.require(Role.CENTRAL_ADMIN, Role.CATALOGUE_EDITOR);
        long seq = database.inTransaction(c -> changeLog.latestSeqOf(c, type, id));
        List<KioskSighting> active = registry.all().stream().filter(k -> "ACTIVE".equals(k.status())).toList();
        return new Delivery(seq, active.stream().filter(k -> seq > 0 && k.lastCheckpoint() >= seq).toList(),
                active.stream().filter(k -> seq == 0 || k.lastCheckpoint() < seq).toList());
    }

    /** @param seq the change's seq; {@code have}: kiosks past it; {@code waiting}: the others */
    public record Delivery(long seq, List<KioskSighting> have, List<KioskSighting> waiting) {
    }

    /** A one-time enrolment code for a new kiosk at {@code siteCode}, valid for a week. Shown once. */
    public String issueEnrolmentCode(StaffSession who, String siteCode) {
        who.require(Role.CENTRAL_ADMIN);
        String code = enrolment.issueCode(siteCode, EnrolmentService.DEFAULT_CODE_VALIDITY);
        database.useTransaction(c -> audit.append(c, who, "ENROL_CODE", "site:" + siteCode, "有效期 7 天"));
        return code;
    }

    /** A one-time code that brings back the revoked kiosk {@code kioskId} under its id, at its old site. Shown once. */
    public String issueReenrolmentCode(StaffSession who, String kioskId) {
        who.require(Role.CENTRAL_ADMIN);
        String code = enrolment.issueReenrolmentCode(kioskId, null, EnrolmentService.DEFAULT_CODE_VALIDITY);
        database.useTransaction(c -> audit.append(c, who, "REENROL_CODE", "kiosk:" + kioskId, "有效期 7 天"));
        return code;
    }

    /** The fingerprint of the key kiosks pin at enrolment (public: no role needed). */
    public String keyFingerprint() {
        return enrolment.keyFingerprint();
    }

    public boolean revoke(StaffSession who, String kioskId) {
        who.require(Role.CENTRAL_ADMIN);
        boolean revoked = enrolment.revoke(kioskId);
        if (revoked) {
            database.useTransaction(c -> audit.append(c, who, "REVOKE", "kiosk:" + kioskId, null));
        }
        return revoked;
    }

    public static Duration codeValidity() {
        return EnrolmentService.DEFAULT_CODE_VALIDITY;
    }
}
