package cn.zwgk.kiosk.board;

import cn.zwgk.board.edit.ImageCheck;
import cn.zwgk.board.edit.NoticeCheck;
import cn.zwgk.board.render.Paper;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.validation.Violations;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.sync.OutboxStore;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The community staff's notice editor, fully offline: drafts from a template, previews (screen and print),
 * publish, withdraw, and corrected versions. Publishing writes the notice to the kiosk's own notice table
 * (the board shows it at once) and queues it in the sync outbox in the same transaction (it goes up at the
 * next sync, its new images before it); every published version stays in the history. Roles are checked here, not only in the UI.
 */
public final class NoticeEditorService {
    public static final String UPLOAD_TYPE = "NOTICE";

    private final Database database;
    private final NoticeStore notices;
    private final NoticeDeskStore desk;
    private final BoardStore boardStore;
    private final OutboxStore outbox;
    private final BoardService board;
    private final AttachmentFiles attachments;
    private final Clock clock;

    public NoticeEditorService(Database database, NoticeStore notices, NoticeDeskStore desk, BoardStore boardStore,
            OutboxStore outbox, BoardService board, AttachmentFiles attachments, Clock clock) {
        this.database = database;
        this.notices = notices;
        this.desk = desk;
        this.boardStore = boardStore;
        this.outbox = outbox;
        this.board = board;
        this.attachments = attachments;
        this.clock = clock;
    }

    public List<NoticeTemplate> templates() {
        return board.templates();
    }

    public NoticeTemplate template(Notice n) {
        return board.renderer().templates().metadata(n.templateId(), n.templateVersion())
                .orElseThrow(() -> new NoticeRejectedException("未知的公告模板：" + n.templateId()));
    }

    /** A new draft (not stored yet): the template's category, its default period from today, the staff member as author. */
    public Notice newDraft(StaffSession who, String templateId, String issuer) {
        who.require(Role.COMMUNITY_STAFF);
        NoticeTemplate t = templates().stream().filter(x -> x.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new NoticeRejectedException("未知的公告模板：" + templateId));
        LocalDate today = board.today();
        LocalDate end = t.openEnded() ? null : today.plusDays(t.publicityDays() - 1L);
        Map<String, String> fields = new LinkedHashMap<>();
        t.fields().forEach(f -> fields.put(f.name(), ""));
        return new Notice(UUID.randomUUID().toString(), board.siteCode(), t.id(), t.category(), "", "", fields,
                new PublicityPeriod(today, end), null, issuer, NoticeStatus.DRAFT, NoticeOrigin.KIOSK, who.username(), 1,
                clock.instant(), List.of(), t.version(), false, false);
    }

    public Notice saveDraft(StaffSession who, Notice draft) {
        who.require(Role.COMMUNITY_STAFF);
        Notice d = ownSite(restamp(draft, NoticeStatus.DRAFT, who));
        reject(NoticeCheck.draft(template(d), d));
        Optional<Notice> base = database.inTransaction(c -> notices.byId(c, d.id()));
        database.useTransaction(c -> desk.putDraft(c, d, base.map(Notice::id).orElse(null),
                base.map(Notice::version).orElse(null), clock.instant()));
        return d;
    }

    /** Publishes a draft (new, or the next version of a published notice): on the board now, in the outbox for the server. */
    public Notice publish(StaffSession who, Notice draft) {
        who.require(Role.COMMUNITY_STAFF);
        Notice n = ownSite(restamp(draft, NoticeStatus.PUBLISHED, who));
        reject(NoticeCheck.publish(template(n), n));
        return database.inTransaction(c -> {
            Optional<Notice> current = notices.byId(c, n.id());
            current.ifPresent(this::editable);
            long expected = current.map(x -> x.version() + 1).orElse(1L);
            if (n.version() != expected) {
                throw new NoticeRejectedException("这条公告已被修改为第 " + current.map(Notice::version).orElse(0L)
                        + " 版，请重新打开后再修改");
            }
            record(c, n);
            desk.deleteDraft(c, n.id());
            return n;
        });
    }

    /** Takes a published notice off the board (a new version with status withdrawn, also sent up). */
    public Notice withdraw(StaffSession who, String noticeId) {
        who.require(Role.COMMUNITY_STAFF);
        return database.inTransaction(c -> {
            Notice current = notices.byId(c, noticeId).orElseThrow(() -> new NoticeRejectedException("找不到这条公告"));
            editable(current);
            if (current.status() != NoticeStatus.PUBLISHED) {
                throw new NoticeRejectedException("只有已发布的公告才能撤回");
            }
            Notice withdrawn = current.withStatus(NoticeStatus.WITHDRAWN, who.username(), clock.instant());
            record(c, withdrawn);
            return withdrawn;
        });
    }

    /** A draft of the next version of a published or withdrawn notice, to correct and publish again. */
    public Notice correct(StaffSession who, String noticeId) {
        who.require(Role.COMMUNITY_STAFF);
        Notice current = database.inTransaction(c -> notices.byId(c, noticeId))
                .orElseThrow(() -> new NoticeRejectedException("找不到这条公告"));
        editable(current);
        Optional<Notice> existing = database.inTransaction(c -> desk.draft(c, noticeId));
        return existing.orElseGet(() -> current.withStatus(NoticeStatus.DRAFT, who.username(), clock.instant()));
    }

    public Optional<Notice> draft(String id) {
        return database.inTransaction(c -> desk.draft(c, id));
    }

    public void discardDraft(StaffSession who, String id) {
        who.require(Role.COMMUNITY_STAFF);
        database.useTransaction(c -> desk.deleteDraft(c, id));
    }

    /** Drafts and all notices of this site (published, withdrawn, expired), for the desk list. */
    public List<Notice> desk() {
        return database.inTransaction(c -> {
            List<Notice> list = new ArrayList<>(desk.drafts(c, board.siteCode()));
            list.addAll(boardStore.all(c, List.of(board.siteCode())));
            return list;
        });
    }

    /** Earlier versions published here, newest first. */
    public List<Notice> history(String noticeId) {
        return database.inTransaction(c -> desk.history(c, noticeId));
    }

    /** Versions sent from here that the central office kept aside, each with the copy now in force. */
    public List<Conflict> conflicts() {
        return database.inTransaction(c -> {
            List<Conflict> list = new ArrayList<>();
            for (NoticeDeskStore.Held h : desk.held(c)) {
                list.add(new Conflict(h.uploadId(), h.kioskCopy(), notices.byId(c, h.kioskCopy().id()).orElse(null)));
            }
            return list;
        });
    }

    /** A kiosk copy the central office kept aside, beside the central copy on the board (null if not synced yet). */
    public record Conflict(String uploadId, Notice kioskCopy, Notice centralCopy) {
    }

    public List<String> previewScreen(Notice draft) {
        return board.renderer().screenPages(draft, board.settings().onlineUrl(draft.id()));
    }

    public byte[] previewPdf(Notice draft, Paper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        board.renderer().pdf(List.of(draft), paper, n -> board.settings().onlineUrl(n.id()), out);
        return out.toByteArray();
    }

    /** Checks and stores an image; the draft then refers to it by SHA-256. */
    public Notice attachImage(StaffSession who, Notice draft, byte[] image) {
        who.require(Role.COMMUNITY_STAFF);
        ImageCheck.problem(image, board.settings().maxImageBytes()).ifPresent(p -> {
            throw new NoticeRejectedException(p);
        });
        String sha = attachments.put(image);
        List<String> list = new ArrayList<>(draft.attachments());
        if (!list.contains(sha)) {
            list.add(sha);
        }
        return new Notice(draft.id(), draft.siteCode(), draft.templateId(), draft.category(), draft.title(), draft.body(),
                draft.fields(), draft.period(), draft.objectionContact(), draft.issuer(), draft.status(), draft.origin(),
                draft.author(), draft.version(), draft.updatedAt(), list, draft.templateVersion(), draft.pinned(), draft.urgent());
    }

    private void record(java.sql.Connection c, Notice n) throws java.sql.SQLException {
        String uploadId = UUID.randomUUID().toString();
        notices.put(c, n);
        desk.addEdit(c, uploadId, n, clock.instant());
        outbox.enqueue(c, uploadId, UPLOAD_TYPE, SyncJson.write(n), clock.instant());
    }

    private Notice restamp(Notice d, NoticeStatus status, StaffSession who) {
        // a kiosk may neither take over the screens (urgent is the central office's) nor publish for another site
        return new Notice(d.id(), board.siteCode(), d.templateId(), d.category(), d.title(), d.body(), d.fields(), d.period(),
                d.objectionContact(), d.issuer(), status, d.origin(), who.username(), d.version(), clock.instant(),
                d.attachments(), d.templateVersion(), d.pinned(), false);
    }

    /** Whether staff here may change a notice: only their site's, and only those written at a kiosk. */
    public boolean isEditableHere(Notice n) {
        return board.siteCode().equals(n.siteCode()) && writtenAtKiosk(n);
    }

    private static boolean writtenAtKiosk(Notice n) {
        return n.origin() == NoticeOrigin.KIOSK && !n.urgent();
    }

    /** The central office's notices are corrected at the console (the server refuses a kiosk's version of them). */
    private Notice editable(Notice n) {
        ownSite(n);
        if (!writtenAtKiosk(n)) {
            throw new NoticeRejectedException("这条公告由区政务公开办发布，只能在中心修改");
        }
        return n;
    }

    private Notice ownSite(Notice n) {
        if (!board.siteCode().equals(n.siteCode())) {
            throw new NoticeRejectedException("只能编辑本社区的公告");
        }
        return n;
    }

    private static void reject(Violations v) {
        if (!v.isEmpty()) {
            throw new NoticeRejectedException(v);
        }
    }
}
