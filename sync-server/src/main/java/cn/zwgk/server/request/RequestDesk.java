package cn.zwgk.server.request;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CountedDate;
import cn.zwgk.core.request.DueDates;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.ReplyReason;
import cn.zwgk.core.request.ReplyType;
import cn.zwgk.core.request.ReportedRequest;
import cn.zwgk.core.request.RequestEvent;
import cn.zwgk.core.request.RequestEventType;
import cn.zwgk.core.request.RequestLifecycle;
import cn.zwgk.core.request.RequestState;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.audit.AuditLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The central request desk (role 申请办理人员 or 中心管理员, checked here on every call): lists, the detail with
 * personal data (audit-logged), and the actions of the legal closed loop. Each action is one transaction: the
 * event (with actor and time) appended to the history, the state and due date derived again, the status
 * written to the change log for every kiosk, and an audit line.
 */
public final class RequestDesk {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RequestDesk.class);
    static final Role[] DESK_ROLES = {Role.REQUEST_OFFICER, Role.CENTRAL_ADMIN};

    private final Database database;
    private final RequestStore store;
    private final RequestCipher cipher;
    private final StatusWriter status;
    private final RequestCalendars calendars;
    private final AuditLog audit;
    private final AttachmentFiles attachments;
    private final Clock clock;
    private final ZoneId zone;

    RequestDesk(Database database, RequestStore store, RequestCipher cipher, StatusWriter status,
            RequestCalendars calendars, AuditLog audit, AttachmentFiles attachments, Clock clock, ZoneId zone) {
        this.database = database;
        this.store = store;
        this.cipher = cipher;
        this.status = status;
        this.calendars = calendars;
        this.audit = audit;
        this.attachments = attachments;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** The list, filtered; no personal data in it. */
    public List<RequestSummary> list(StaffSession who, RequestFilter filter) {
        who.require(DESK_ROLES);
        LocalDate today = today();
        return database.inTransaction(c -> {
            LocalDate dueBy = filter.dueWithinWorkingDays() <= 0 ? null
                    : calendars.current(c).plusWorkingDays(today, filter.dueWithinWorkingDays());
            return store.list(c, filter, dueBy, today);
        });
    }

    /** Requests with the tracking code as typed (lenient, see {@link TrackingCode#parse}); empty if none. */
    public List<RequestSummary> findByCode(StaffSession who, String typed) {
        who.require(DESK_ROLES);
        Optional<TrackingCode> code = TrackingCode.parse(typed);
        if (code.isEmpty()) {
            return List.of();
        }
        return database.inTransaction(c -> store.byCode(c, code.get().compact()));
    }

    /** Everything about one request, including the applicant's personal data: the reading is audit-logged. */
    public RequestDetail detail(StaffSession who, String id) {
        who.require(DESK_ROLES);
        return database.inTransaction(c -> {
            RequestSummary s = store.byId(c, id).orElseThrow(() -> new RequestNotFoundException(id));
            InfoRequest request = SyncJson.read(cipher.decrypt(id, store.personal(c, id)), InfoRequest.class);
            List<RequestEvent> history = store.events(c, id);
            audit.append(c, who, "REQUEST_READ_PERSONAL_DATA", target(s), "查看申请人信息");
            CountedDate noticeBy = DueDates.correctionNoticeDeadline(s.receivedDate(), calendars.current(c));
            return new RequestDetail(s, request, history, RequestLifecycle.allowed(s.state(), history), noticeBy);
        });
    }

    /** 登记: the request is taken on by {@code department}. */
    public RequestSummary register(StaffSession who, String id, String department, String note) {
        if (department == null || department.isBlank()) {
            throw new IllegalArgumentException("请填写承办部门");
        }
        return act(who, id, department.strip(), RequestEvent.of(RequestEventType.REGISTERED, clock.instant(),
                who.username(), today(), note));
    }

    /** 补正告知 (once): what to correct and by when; the clock waits for the corrected application. */
    public RequestSummary requestCorrection(StaffSession who, String id, LocalDate deadline, String whatToCorrect) {
        if (whatToCorrect == null || whatToCorrect.isBlank()) {
            throw new IllegalArgumentException("请写明需要补正的事项");
        }
        who.require(DESK_ROLES);
        CountedDate noticeBy = database.inTransaction(c -> DueDates.correctionNoticeDeadline(
                store.byId(c, id).orElseThrow(() -> new RequestNotFoundException(id)).receivedDate(), calendars.current(c)));
        // 第三十条 asks for the notice within 7 working days; a later one still counts, but the record says so
        String late = today().isAfter(noticeBy.date())
                ? "【逾期告知：补正告知应于 " + noticeBy.text() + " 前发出】" : "";
        return act(who, id, null, RequestEvent.correctionRequested(clock.instant(), who.username(), today(), deadline,
                late + whatToCorrect));
    }

    /** The corrected application arrived on {@code receivedOn} (null: today): the 20 working days restart. */
    public RequestSummary correctionReceived(StaffSession who, String id, LocalDate receivedOn, String note) {
        return act(who, id, null, RequestEvent.of(RequestEventType.CORRECTION_RECEIVED, clock.instant(),
                who.username(), receivedOn == null ? today() : receivedOn, note));
    }

    /** The applicant's correction deadline passed without a correction. */
    public RequestSummary deemWithdrawn(StaffSession who, String id, String note) {
        return act(who, id, null, RequestEvent.of(RequestEventType.DEEMED_WITHDRAWN, clock.instant(), who.username(),
                today(), note));
    }

    /** A third party is asked in writing (15 working days for them); the clock stops. */
    public RequestSummary startConsultation(StaffSession who, String id, String thirdParty) {
        return act(who, id, null, RequestEvent.of(RequestEventType.THIRD_PARTY_CONSULTATION_STARTED, clock.instant(),
                who.username(), today(), thirdParty));
    }

    /** The third party answered (or its time ran out) on {@code endedOn} (null: today); the clock runs again. */
    public RequestSummary endConsultation(StaffSession who, String id, LocalDate endedOn, String note) {
        return act(who, id, null, RequestEvent.of(RequestEventType.THIRD_PARTY_CONSULTATION_ENDED, clock.instant(),
                who.username(), endedOn == null ? today() : endedOn, note));
    }

    /**
     * +20 working days (once), approved by the head of the disclosure office — only while the reply is not yet due:
     * an extension recorded after the due date would hide a missed deadline.
     */
    public RequestSummary extend(StaffSession who, String id, String approver, String reason) {
        who.require(DESK_ROLES);
        RequestSummary s = database.inTransaction(c -> store.byId(c, id).orElseThrow(() -> new RequestNotFoundException(id)));
        if (s.dueDate() != null && today().isAfter(s.dueDate())) {
            throw new cn.zwgk.core.request.IllegalTransitionException("不能「延期答复」：答复期限 " + s.dueText()
                    + " 已过，延期须在期限届满前决定");
        }
        return act(who, id, null, RequestEvent.extended(clock.instant(), who.username(), today(), approver, reason));
    }

    /** 第三十四条: another agency that made the information with us is asked (15 working days); the clock stops. */
    public RequestSummary startAgencyConsultation(StaffSession who, String id, String agency) {
        if (agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("请写明征求意见的机关");
        }
        return act(who, id, null, RequestEvent.of(RequestEventType.AGENCY_CONSULTATION_STARTED, clock.instant(),
                who.username(), today(), agency.strip()));
    }

    /** The other agency answered (or its 15 working days passed: consent) on {@code endedOn} (null: today). */
    public RequestSummary endAgencyConsultation(StaffSession who, String id, LocalDate endedOn, String note) {
        return act(who, id, null, RequestEvent.of(RequestEventType.AGENCY_CONSULTATION_ENDED, clock.instant(),
                who.username(), endedOn == null ? today() : endedOn, note));
    }

    /**
     * 收费通知: the fee by one scale of {@link cn.zwgk.core.request.FeeSchedule} (never both); the applicant has 20
     * working days to pay and the clock stops until they do. A fee of zero is refused: nothing to notify.
     */
    public RequestSummary notifyFee(StaffSession who, String id, int feeYuan, String basis) {
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("请写明收费依据（按件或按量及件数、页数）");
        }
        LocalDate payBy = database.inTransaction(c -> DueDates.paymentDeadline(today(), calendars.current(c)).date());
        return act(who, id, null, RequestEvent.feeNotified(clock.instant(), who.username(), today(), feeYuan, payBy,
                basis.strip()));
    }

    /** The applicant paid on {@code paidOn} (null: today); the clock runs again. */
    public RequestSummary feePaid(StaffSession who, String id, LocalDate paidOn, String note) {
        return act(who, id, null, RequestEvent.of(RequestEventType.FEE_PAID, clock.instant(), who.username(),
                paidOn == null ? today() : paidOn, note));
    }

    /** Unpaid after the payment deadline: the request is not processed further (其他处理, 逾期未按收费通知缴费). */
    public RequestSummary feeLapsed(StaffSession who, String id, String note) {
        return act(who, id, null, RequestEvent.of(RequestEventType.FEE_LAPSED, clock.instant(), who.username(),
                today(), note));
    }

    /**
     * The reply, with its type and (where the type has reasons) reason; {@code document}, when given, is stored in
     * the attachment store and referred to by its SHA-256.
     */
    public RequestSummary reply(StaffSession who, String id, ReplyType type, ReplyReason reason, byte[] document,
            String note) {
        who.require(DESK_ROLES);
        String sha = document == null || document.length == 0 ? null : attachments.put(document);
        return act(who, id, null, RequestEvent.replied(clock.instant(), who.username(), today(), type, reason, sha, note));
    }

    /** 归档, after the reply or the withdrawal. */
    public RequestSummary archive(StaffSession who, String id) {
        return act(who, id, null, RequestEvent.of(RequestEventType.ARCHIVED, clock.instant(), who.username(), today(),
                null));
    }

    /** Malformed INFO_REQUEST uploads kept for review, newest first; reviewed ones only when asked. */
    public List<RefusedUpload> refusedUploads(StaffSession who, boolean includeReviewed) {
        who.require(DESK_ROLES);
        return database.inTransaction(c -> store.refusals(c, includeReviewed));
    }

    /** The refused upload's content as the kiosk sent it (may hold personal data: audit-logged). */
    public String refusedPayload(StaffSession who, String refusalId) {
        who.require(DESK_ROLES);
        return database.inTransaction(c -> {
            String[] row = store.refusalPayload(c, refusalId);
            audit.append(c, who, "REQUEST_READ_REFUSED_UPLOAD", "upload:" + row[1], "查看被拒收的申请上传内容");
            return cipher.decrypt(row[1], row[0]);
        });
    }

    /** Marks a refused upload as reviewed (it leaves the default list). */
    public void markRefusalReviewed(StaffSession who, String refusalId) {
        who.require(DESK_ROLES);
        database.useTransaction(c -> {
            if (store.markRefusalReviewed(c, refusalId, clock.instant())) {
                audit.append(c, who, "REQUEST_REFUSAL_REVIEWED", "refusal:" + refusalId, "已审阅被拒收的申请上传");
            }
        });
    }

    /** The stored reply document of {@code sha256}, if present. */
    public Optional<Path> replyDocument(StaffSession who, String sha256) {
        who.require(DESK_ROLES);
        return attachments.path(sha256);
    }

    private RequestSummary act(StaffSession who, String id, String department, RequestEvent event) {
        who.require(DESK_ROLES);
        return database.inTransaction(c -> {
            RequestSummary before = store.byId(c, id).orElseThrow(() -> new RequestNotFoundException(id));
            List<RequestEvent> history = new ArrayList<>(store.events(c, id));
            RequestState next = RequestLifecycle.next(before.state(), history, event);
            history.add(event);
            RequestSummary after = derive(c, before, history, next, department);
            // the version check first: a concurrent action on the same request waits here, then finds it moved
            if (!store.updateAfterEvent(c, after, before.version())) {
                throw new ConcurrentChangeException(before.trackingCode());
            }
            store.insertEvent(c, id, history.size(), event);
            status.publish(c, after);
            audit.append(c, who, "REQUEST_" + event.type().name(), target(before), auditDetail(event));
            return after;
        });
    }

    /** State, due date and outcome after the events, all derived; version moved on by one. */
    private RequestSummary derive(Connection c, RequestSummary s, List<RequestEvent> history, RequestState state,
            String department) throws SQLException {
        CountedDate due = state.concluded() ? null
                : DueDates.dueDate(s.receivedDate(), history, calendars.current(c)).orElse(null);
        ReportedRequest outcome = ReportedRequest.of(s.applicantType(), s.organisationKind(), s.receivedDate(), history);
        return new RequestSummary(s.id(), s.trackingCode(), s.kioskId(), s.siteCode(), s.applicantType(),
                s.organisationKind(), s.delivery(), department == null ? s.department() : department, s.receivedDate(),
                s.submittedAt(), s.clockDoubt(), state, due == null ? null : due.date(), due != null && due.provisional(),
                outcome.replyType(), outcome.replyReason(),
                outcome.concludedOn(), s.version() + 1);
    }

    private static String target(RequestSummary s) {
        return "request:" + s.trackingCode();
    }

    /** Type, outcome and approver only: notes may hold personal data and stay in the request's own history. */
    private static String auditDetail(RequestEvent e) {
        StringBuilder s = new StringBuilder(e.type().label());
        if (e.replyType() != null) {
            s.append("：").append(e.replyType().label());
        }
        if (e.replyReason() != null) {
            s.append("（").append(e.replyReason().label()).append("）");
        }
        if (e.approver() != null) {
            s.append("，批准人 ").append(e.approver());
        }
        if (e.documentSha256() != null) {
            s.append("，答复书 ").append(e.documentSha256(), 0, 12);
        }
        return s.toString();
    }
}
