package cn.zwgk.kiosk.request;

import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL of the kiosk's requests (code, date, phone check; never the personal data, which is sealed in the
 * outbox row of the same id) and of the status records synced down from the desk. Callers own the
 * transaction.
 */
public final class RequestStore {
    static final String LOCK_COUNTER = "SELECT next_seq FROM request_counter WHERE id = 1 FOR UPDATE";
    static final String BUMP_COUNTER = "UPDATE request_counter SET next_seq = next_seq + 1 WHERE id = 1";
    static final String INSERT = """
            INSERT INTO kiosk_request (id, tracking_code, phone_check, submitted_at, received_on, clock_doubt, delivery)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    static final String BY_CODE = """
            SELECT r.id, r.tracking_code, r.phone_check, r.received_on, r.delivery, o.sent_at
            FROM kiosk_request r LEFT JOIN outbox o ON o.id = r.id WHERE r.tracking_code = ?""";
    static final String PURGE = """
            UPDATE kiosk_request SET phone_check = NULL, purged_at = ? WHERE purged_at IS NULL
            AND id IN (SELECT id FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?)""";
    static final String DELETE_STATUS = "DELETE FROM request_status WHERE id = ?";
    static final String INSERT_STATUS = "INSERT INTO request_status (id, tracking_code, payload) VALUES (?, ?, ?)";
    static final String STATUS_BY_CODE = "SELECT payload FROM request_status WHERE tracking_code = ?";

    /** A request filed here, as far as the kiosk keeps it. {@code sentAt} null = not yet acknowledged. */
    record LocalRequest(String id, String trackingCode, String phoneCheck, java.time.LocalDate receivedOn,
            DeliveryMethod delivery, Instant sentAt) {
    }

    /** Takes the next number of this kiosk's sequence; the row stays locked until the transaction ends. */
    long nextSequence(Connection c) throws SQLException {
        long next;
        try (PreparedStatement ps = c.prepareStatement(LOCK_COUNTER); ResultSet rs = ps.executeQuery()) {
            rs.next();
            next = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement(BUMP_COUNTER)) {
            ps.executeUpdate();
        }
        return next;
    }

    void insert(Connection c, String id, String compactCode, String phoneCheck, Instant submittedAt,
            java.time.LocalDate receivedOn, boolean clockDoubt, DeliveryMethod delivery) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, id);
            ps.setString(2, compactCode);
            ps.setString(3, phoneCheck);
            ps.setTimestamp(4, Timestamp.from(submittedAt));
            ps.setDate(5, Date.valueOf(receivedOn));
            ps.setShort(6, (short) (clockDoubt ? 1 : 0));
            ps.setString(7, delivery.name());
            ps.executeUpdate();
        }
    }

    Optional<LocalRequest> byCode(Connection c, String compactCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_CODE)) {
            ps.setString(1, compactCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp sent = rs.getTimestamp(6);
                return Optional.of(new LocalRequest(rs.getString(1), rs.getString(2).strip(), rs.getString(3),
                        rs.getDate(4).toLocalDate(), DeliveryMethod.valueOf(rs.getString(5)),
                        sent == null ? null : sent.toInstant()));
            }
        }
    }

    /** Drops the phone check of requests acknowledged before {@code sentBefore}; code, date and status stay. */
    int purge(Connection c, Instant sentBefore, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PURGE)) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(sentBefore));
            return ps.executeUpdate();
        }
    }

    /** Stores a status record from the desk (replacing an older one of the same request). */
    public void putStatus(Connection c, RequestStatus status) throws SQLException {
        removeStatus(c, status.id());
        try (PreparedStatement ps = c.prepareStatement(INSERT_STATUS)) {
            ps.setString(1, status.id());
            ps.setString(2, TrackingCode.parse(status.trackingCode()).map(TrackingCode::compact)
                    .orElseThrow(() -> new IllegalArgumentException("not a tracking code: " + status.trackingCode())));
            ps.setString(3, SyncJson.write(status));
            ps.executeUpdate();
        }
    }

    public void removeStatus(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_STATUS)) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /** Status records under a code: usually one; two kiosks sharing a kiosk number could make it more. */
    List<RequestStatus> statusesByCode(Connection c, String compactCode) throws SQLException {
        List<RequestStatus> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(STATUS_BY_CODE)) {
            ps.setString(1, compactCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(SyncJson.read(rs.getString(1), RequestStatus.class));
                }
            }
        }
        return list;
    }
}
