package cn.zwgk.server.notice;

import cn.zwgk.server.template.TemplateDesk;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.site.SiteStore;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.LogEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Notices written at the central console: drafts stay here; publishing sends the notice to the kiosks of its
 * site (and the sites below it) through the change log; a correction is published as the next version and the
 * old text stays in the history; withdrawing takes it off the boards. Central admins act for every site,
 * community staff only for their own. Conflicts with kiosk edits are decided here too.
 */
public final class NoticeDesk {
    private final Database database;
    private final NoticeStore notices;
    private final NoticeHistoryStore history;
    private final NoticeIntake intake;
    private final SiteStore sites;
    private final ChangeLogStore changeLog;
    private final AuditLog audit;
    private final TemplateDesk templates;
    private final Clock clock;
    private final ZoneId zone;

    public NoticeDesk(Database database, NoticeStore notices, NoticeIntake intake, SiteStore sites,
            ChangeLogStore changeLog, AuditLog audit, TemplateDesk templates, Clock clock, ZoneId zone) {
        this.database = database;
        this.notices = notices;
        this.history = new NoticeHistoryStore();
        this.intake = intake;
        this.sites = sites;
        this.changeLog = changeLog;
        this.audit = audit;
        this.templates = templates;
        this.clock = clock;
        this.zone = zone;
    }

    /** Renders notices for previews (screen pages, A4/A3 PDF) exactly as the kiosks and boards do. */
    public cn.zwgk.board.render.NoticeRenderer renderer() {
        return templates.renderer();
    }

    public List<NoticeTemplate> templates() {
        return templates.newest();
    }

    public Optional<NoticeTemplate> template(String id) {
        return templates.newest(id);
    }

    /** The sites the staff member may write for: all for a central admin, their own for community staff. */
    public List<Site> sites(StaffSession who) {
        who.require(Role.CENTRAL_ADMIN, Role.COMMUNITY_STAFF);
        List<Site> all = database.inTransaction(sites::all);
        return who.has(Role.CENTRAL_ADMIN) ? all : all.stream().filter(s -> s.code().equals(who.siteCode())).toList();
    }

    public List<Notice> list(StaffSession who, String siteCode) {
        who.require(Role.CENTRAL_ADMIN, Role.COMMUNITY_STAFF);
        String scope = who.has(Role.CENTRAL_ADMIN) ? siteCode : who.siteCode();
        return database.inTransaction(c -> notices.list(c, scope));
    }

    /** A new draft from {@code template} for {@code siteCode}, its publicity period defaulted from the template. */
    public Notice draft(StaffSession who, NoticeTemplate template, String siteCode, String issuer) {
        requireSite(who, siteCode);
        LocalDate today = today();
        PublicityPeriod period = new PublicityPeriod(today,
                template.openEnded() ? null : today.plusDays(template.publicityDays() - 1L));
        return new Notice(UUID.randomUUID().toString(), siteCode, template.id(), template.category(), "", "", Map.of(),
                period, null, issuer, NoticeStatus.DRAFT, NoticeOrigin.CENTRAL, who.username(), 0, null, List.of(),
                template.version(), false, false);
    }

    /** Saves a draft here only (kiosks do not see drafts). */
    public Notice saveDraft(StaffSession who, Notice edited) {
        return write(who, edited, NoticeStatus.DRAFT, "SAVE_DRAFT");
    }

    /** Publishes (or republishes a correction of) the notice to its site's kiosks. */
    public Notice publish(StaffSession who, Notice edited) {
        return write(who, edited, NoticeStatus.PUBLISHED, "PUBLISH");
    }

    /** Takes a published notice off the boards; it stays in the history. */
    public Notice withdraw(StaffSession who, Notice current) {
        return write(who, current, NoticeStatus.WITHDRAWN, "WITHDRAW");
    }

    public List<Notice> history(StaffSession who, String noticeId) {
        who.require(Role.CENTRAL_ADMIN, Role.COMMUNITY_STAFF);
        return database.inTransaction(c -> history.of(c, noticeId));
    }

    public List<NoticeConflict> conflicts(StaffSession who) {
        who.require(Role.CENTRAL_ADMIN, Role.COMMUNITY_STAFF);
        List<NoticeConflict> open = database.inTransaction(intake::open);
        return who.has(Role.CENTRAL_ADMIN) ? open
                : open.stream().filter(x -> who.siteCode() != null && who.siteCode().equals(x.kioskCopy().siteCode())).toList();
    }

    /** Decides a conflict: keep the kiosk's text (published as the next version) or the central one. */
    public void resolve(StaffSession who, NoticeConflict conflict, boolean keepKiosk) {
        requireSite(who, conflict.kioskCopy().siteCode());
        database.useTransaction(c -> {
            if (!intake.resolve(c, conflict.uploadId(), keepKiosk, clock.instant())) {
                throw new IllegalStateException("该冲突已由其他人处理。");
            }
            audit.append(c, who, "RESOLVE_CONFLICT", "notice:" + conflict.kioskCopy().id(),
                    keepKiosk ? "采用终端版本（" + conflict.kioskId() + "）" : "保留中心版本");
        });
    }

    private Notice write(StaffSession who, Notice edited, NoticeStatus status, String action) {
        requireSite(who, edited.siteCode());
        if (edited.urgent() && !who.has(Role.CENTRAL_ADMIN)) {
            throw new AccessDeniedException("只有中心管理员可以发布紧急公告（占据整块屏幕）");
        }
        // the version the notice was written with (a correction keeps it), the newest for an unrecorded one
        NoticeTemplate template = templates.version(edited.templateId(), edited.templateVersion())
                .orElseThrow(() -> new IllegalArgumentException("模板「" + edited.templateId() + "」不存在"));
        Instant now = clock.instant();
        // origin says where a notice was first written, i.e. who owns it: a kiosk's notice corrected here stays the
        // kiosk's (its staff may edit on, a concurrent edit is a conflict); the central office's is never the kiosks'
        NoticeOrigin origin = database.inTransaction(c -> notices.byId(c, edited.id())).map(Notice::origin)
                .orElse(NoticeOrigin.CENTRAL);
        Notice next = NoticeRules.normalised(edited, template, new NoticeRules.Stamp(status, origin,
                who.username(), edited.version() + 1, now, edited.pinned(), edited.urgent()));
        NoticeRules.check(template, next).throwIfAny("公告");
        return database.inTransaction(c -> {
            Optional<Notice> stored = notices.byId(c, edited.id());
            long storedVersion = stored.map(Notice::version).orElse(0L);
            if (storedVersion != edited.version()) {
                throw new IllegalStateException("该公告已被修改（可能是终端或其他工作人员），当前版本 " + storedVersion
                        + "。请重新打开后再编辑。");
            }
            boolean wasPublic = stored.map(n -> n.status() != NoticeStatus.DRAFT).orElse(false);
            notices.write(c, List.of(next));
            if (status != NoticeStatus.DRAFT || wasPublic) {
                history.append(c, next, now);
                changeLog.append(c, List.of(new LogEntry(RecordType.NOTICE, next.id(), ChangeOp.UPSERT, next.siteCode(),
                        SyncJson.write(next), next.urgent())));
                audit.append(c, who, action, "notice:" + next.id(), "「" + next.title() + "」第 " + next.version() + " 版");
            }
            return next;
        });
    }

    private void requireSite(StaffSession who, String siteCode) {
        who.require(Role.CENTRAL_ADMIN, Role.COMMUNITY_STAFF);
        if (!who.has(Role.CENTRAL_ADMIN) && (siteCode == null || !siteCode.equals(who.siteCode()))) {
            throw new AccessDeniedException("只能为本社区（" + who.siteCode() + "）发布公告");
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** SQL of the notice history. */
    static final class NoticeHistoryStore {
        void append(Connection c, Notice n, Instant at) throws SQLException {
            try (var ps = c.prepareStatement("INSERT INTO notice_history (notice_id, version, status, author, changed_at,"
                    + " payload) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, n.id());
                ps.setLong(2, n.version());
                ps.setString(3, n.status().name());
                ps.setString(4, n.author());
                ps.setTimestamp(5, java.sql.Timestamp.from(at));
                ps.setString(6, SyncJson.write(n));
                ps.executeUpdate();
            }
        }

        List<Notice> of(Connection c, String noticeId) throws SQLException {
            try (var ps = c.prepareStatement("SELECT payload FROM notice_history WHERE notice_id = ? ORDER BY version")) {
                ps.setString(1, noticeId);
                List<Notice> out = new java.util.ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(SyncJson.read(rs.getString(1), Notice.class));
                    }
                }
                return out;
            }
        }
    }
}
