package cn.zwgk.server.request;

import cn.zwgk.core.request.ApplicantType;
import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.OrganisationKind;
import cn.zwgk.core.request.ReplyReason;
import cn.zwgk.core.request.ReplyType;
import cn.zwgk.core.request.ReportedRequest;
import cn.zwgk.core.request.RequestEvent;
import cn.zwgk.core.request.RequestEventType;
import cn.zwgk.core.request.RequestState;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** SQL of requests, their events and refused uploads. Callers own the transaction. */
final class RequestStore {
    private static final String COLUMNS = """
            id, tracking_code, kiosk_id, site_code, applicant_type, organisation_kind, delivery, department,
            received_date, submitted_at, clock_doubt, state, due_date, reply_type, reply_reason, concluded_on, version,
            due_provisional""";
    static final String INSERT = """
            INSERT INTO info_request (id, tracking_code, kiosk_id, site_code, applicant_type, organisation_kind,
                delivery, department, received_date, submitted_at, clock_doubt, state, due_date, reply_type,
                reply_reason, concluded_on, version, phone_check, personal, created_at, due_provisional)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String BY_ID = "SELECT " + COLUMNS + " FROM info_request WHERE id = ?";
    static final String BY_CODE = "SELECT " + COLUMNS + " FROM info_request WHERE tracking_code = ? ORDER BY created_at";
    static final String PERSONAL = "SELECT personal FROM info_request WHERE id = ?";
    static final String STATUS_FIELDS = "SELECT phone_check, delivery FROM info_request WHERE id = ?";
    /** Open = the reply clock runs (submitted or registered); flags: 0 = do not filter. */
    static final String LIST = "SELECT " + COLUMNS + """
             FROM info_request
            WHERE (? = '' OR state = ?)
              AND (? = '' OR department = ?)
              AND (? = 0 OR (state IN ('SUBMITTED', 'REGISTERED') AND due_date <= ?))
              AND (? = 0 OR (state IN ('SUBMITTED', 'REGISTERED') AND due_date < ?))
            ORDER BY due_date ASC NULLS LAST, received_date, id
            FETCH FIRST ? ROWS ONLY""";
    static final String UPDATE_AFTER_EVENT = """
            UPDATE info_request SET state = ?, due_date = ?, reply_type = ?, reply_reason = ?, concluded_on = ?,
                department = COALESCE(?, department), due_provisional = ?, version = version + 1
            WHERE id = ? AND version = ?""";
    static final String SET_DUE = """
            UPDATE info_request SET due_date = ?, due_provisional = ?, version = version + 1 WHERE id = ?""";
    static final String OPEN = """
            SELECT id, received_date, due_date, due_provisional FROM info_request
            WHERE state NOT IN ('REPLIED', 'DEEMED_WITHDRAWN', 'ARCHIVED')""";
    static final String INSERT_EVENT = """
            INSERT INTO request_event (request_id, event_no, event_type, recorded_at, actor, on_date, reply_type,
                reply_reason, approver, deadline, document_sha256, note, fee_yuan)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String EVENTS = """
            SELECT event_type, recorded_at, actor, on_date, reply_type, reply_reason, approver, deadline, document_sha256, note,
                fee_yuan
            FROM request_event WHERE request_id = ? ORDER BY event_no""";
    /** Everything the annual report of a year can touch: received by its end and not concluded before it. */
    static final String FOR_REPORT = """
            SELECT applicant_type, organisation_kind, received_date, concluded_on, reply_type, reply_reason
            FROM info_request WHERE received_date <= ? AND (concluded_on IS NULL OR concluded_on >= ?)""";
    static final String INSERT_REFUSAL = """
            INSERT INTO request_refusal (id, upload_id, kiosk_id, reason, payload, received_at) VALUES (?, ?, ?, ?, ?, ?)""";
    static final String CALENDARS = "SELECT payload FROM reference_record WHERE record_type = 'CALENDAR'";
    static final String REFUSALS = """
            SELECT id, upload_id, kiosk_id, reason, received_at, reviewed_at FROM request_refusal
            WHERE (? = 1 OR reviewed_at IS NULL) ORDER BY received_at DESC FETCH FIRST 500 ROWS ONLY""";
    static final String REFUSAL_PAYLOAD = "SELECT payload, upload_id FROM request_refusal WHERE id = ?";
    static final String REFUSAL_REVIEWED = "UPDATE request_refusal SET reviewed_at = ? WHERE id = ? AND reviewed_at IS NULL";

    /** The row's fields besides the summary. */
    record Sealed(String phoneCheck, String personal) {
    }

    void insert(Connection c, RequestSummary r, Sealed sealed, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, r.id());
            ps.setString(2, compact(r.trackingCode()));
            ps.setString(3, r.kioskId());
            ps.setString(4, r.siteCode());
            ps.setString(5, r.applicantType().name());
            ps.setString(6, name(r.organisationKind()));
            ps.setString(7, r.delivery().name());
            ps.setString(8, r.department());
            ps.setDate(9, Date.valueOf(r.receivedDate()));
            ps.setTimestamp(10, Timestamp.from(r.submittedAt()));
            ps.setBoolean(11, r.clockDoubt());
            ps.setString(12, r.state().name());
            setDate(ps, 13, r.dueDate());
            ps.setString(14, name(r.replyType()));
            ps.setString(15, name(r.replyReason()));
            setDate(ps, 16, r.concludedOn());
            ps.setLong(17, r.version());
            ps.setString(18, sealed.phoneCheck());
            ps.setString(19, sealed.personal());
            ps.setTimestamp(20, Timestamp.from(now));
            ps.setBoolean(21, r.dueProvisional());
            ps.executeUpdate();
        }
    }

    Optional<RequestSummary> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
            ps.setString(1, id);
            List<RequestSummary> found = read(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
        }
    }

    /** Usually one; two only if two kiosks share a derived number (see {@code TrackingCode.kioskNumberFor}). */
    List<RequestSummary> byCode(Connection c, String compactCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_CODE)) {
            ps.setString(1, compactCode);
            return read(ps);
        }
    }

    String personal(Connection c, String id) throws SQLException {
        return single(c, PERSONAL, id, rs -> rs.getString(1));
    }

    /** {phone check, delivery method} of a request. */
    String[] statusFields(Connection c, String id) throws SQLException {
        return single(c, STATUS_FIELDS, id, rs -> new String[] {rs.getString(1), rs.getString(2)});
    }

    List<RequestSummary> list(Connection c, RequestFilter f, LocalDate dueBy, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LIST)) {
            String state = f.state() == null ? "" : f.state().name();
            String dept = f.department() == null ? "" : f.department();
            ps.setString(1, state);
            ps.setString(2, state);
            ps.setString(3, dept);
            ps.setString(4, dept);
            ps.setInt(5, dueBy == null ? 0 : 1);
            ps.setDate(6, Date.valueOf(dueBy == null ? today : dueBy));
            ps.setInt(7, f.overdueOnly() ? 1 : 0);
            ps.setDate(8, Date.valueOf(today));
            ps.setInt(9, f.limit());
            return read(ps);
        }
    }

    /** Writes the derived fields after an event; false when another transaction moved the version on. */
    boolean updateAfterEvent(Connection c, RequestSummary after, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE_AFTER_EVENT)) {
            ps.setString(1, after.state().name());
            setDate(ps, 2, after.dueDate());
            ps.setString(3, name(after.replyType()));
            ps.setString(4, name(after.replyReason()));
            setDate(ps, 5, after.concludedOn());
            ps.setString(6, after.department());
            ps.setBoolean(7, after.dueProvisional());
            ps.setString(8, after.id());
            ps.setLong(9, expectedVersion);
            return ps.executeUpdate() == 1;
        }
    }

    void setDue(Connection c, String id, LocalDate due, boolean provisional) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SET_DUE)) {
            setDate(ps, 1, due);
            ps.setBoolean(2, provisional);
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    /** A request not yet concluded, with its stored due date. */
    record OpenRequest(String id, LocalDate receivedDate, LocalDate dueDate, boolean dueProvisional) {
    }

    void eachOpen(Connection c, Consumer<OpenRequest> each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OPEN); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                each.accept(new OpenRequest(rs.getString(1), rs.getDate(2).toLocalDate(), date(rs, 3), rs.getBoolean(4)));
            }
        }
    }

    /** Appends the {@code number}-th event (1 for the submission) of a request. */
    void insertEvent(Connection c, String requestId, int number, RequestEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
            ps.setString(1, requestId);
            ps.setInt(2, number);
            ps.setString(3, e.type().name());
            ps.setTimestamp(4, Timestamp.from(e.at()));
            ps.setString(5, e.actor());
            ps.setDate(6, Date.valueOf(e.on()));
            ps.setString(7, name(e.replyType()));
            ps.setString(8, name(e.replyReason()));
            ps.setString(9, e.approver());
            setDate(ps, 10, e.deadline());
            ps.setString(11, e.documentSha256());
            ps.setString(12, e.note());
            if (e.feeYuan() == null) {
                ps.setNull(13, Types.INTEGER);
            } else {
                ps.setInt(13, e.feeYuan());
            }
            ps.executeUpdate();
        }
    }

    List<RequestEvent> events(Connection c, String requestId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(EVENTS)) {
            ps.setString(1, requestId);
            List<RequestEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RequestEvent(RequestEventType.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                            rs.getString(3), rs.getDate(4).toLocalDate(), valueOf(ReplyType.class, rs.getString(5)),
                            valueOf(ReplyReason.class, rs.getString(6)), rs.getString(7), date(rs, 8), rs.getString(9),
                            rs.getString(10), (Integer) rs.getObject(11, Integer.class)));
                }
            }
            return out;
        }
    }

    List<ReportedRequest> forReport(Connection c, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FOR_REPORT)) {
            ps.setDate(1, Date.valueOf(LocalDate.of(year, 12, 31)));
            ps.setDate(2, Date.valueOf(LocalDate.of(year, 1, 1)));
            ps.setFetchSize(1000);
            List<ReportedRequest> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReportedRequest(ApplicantType.valueOf(rs.getString(1)),
                            valueOf(OrganisationKind.class, rs.getString(2)), rs.getDate(3).toLocalDate(), date(rs, 4),
                            valueOf(ReplyType.class, rs.getString(5)), valueOf(ReplyReason.class, rs.getString(6))));
                }
            }
            return out;
        }
    }

    void insertRefusal(Connection c, String uploadId, String kioskId, String reason, String sealedPayload,
            Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_REFUSAL)) {
            ps.setString(1, java.util.UUID.randomUUID().toString());
            ps.setString(2, uploadId);
            ps.setString(3, kioskId);
            ps.setString(4, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            ps.setString(5, sealedPayload);
            ps.setTimestamp(6, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    List<RefusedUpload> refusals(Connection c, boolean includeReviewed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(REFUSALS)) {
            ps.setInt(1, includeReviewed ? 1 : 0);
            List<RefusedUpload> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp reviewed = rs.getTimestamp(6);
                    out.add(new RefusedUpload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), reviewed == null ? null : reviewed.toInstant()));
                }
            }
            return out;
        }
    }

    /** {sealed payload, upload id} of a refused upload. */
    String[] refusalPayload(Connection c, String id) throws SQLException {
        return single(c, REFUSAL_PAYLOAD, id, rs -> new String[] {rs.getString(1), rs.getString(2)});
    }

    boolean markRefusalReviewed(Connection c, String id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(REFUSAL_REVIEWED)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    List<String> calendarPayloads(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CALENDARS); ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static List<RequestSummary> read(PreparedStatement ps) throws SQLException {
        List<RequestSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new RequestSummary(rs.getString(1), RequestCodes.display(rs.getString(2)), rs.getString(3),
                        rs.getString(4), ApplicantType.valueOf(rs.getString(5)),
                        valueOf(OrganisationKind.class, rs.getString(6)), DeliveryMethod.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getDate(9).toLocalDate(), rs.getTimestamp(10).toInstant(),
                        rs.getBoolean(11), RequestState.valueOf(rs.getString(12)), date(rs, 13), rs.getBoolean(18),
                        valueOf(ReplyType.class, rs.getString(14)), valueOf(ReplyReason.class, rs.getString(15)),
                        date(rs, 16), rs.getLong(17)));
            }
        }
        return out;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T single(Connection c, String sql, String id, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RequestNotFoundException(id);
                }
                return row.read(rs);
            }
        }
    }

    private static String compact(String code) {
        return RequestCodes.compact(code);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(d));
        }
    }
}
