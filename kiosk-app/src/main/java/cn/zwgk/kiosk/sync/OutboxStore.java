package cn.zwgk.kiosk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQL of the outbox: records created on this kiosk, waiting for the server's acknowledgement.
 *
 * <p>Records carrying personal data ({@link #SEALED_TYPES}: information requests) are stored encrypted
 * with the kiosk's {@link OutboxCipher} and decrypted only when read to be uploaded; after the
 * acknowledgement and a retention delay {@link #purgeSealed} drops their payload. A store without a
 * cipher refuses such records rather than keep them in clear.
 */
public final class OutboxStore {
    /** Record types whose payload is personal data: encrypted at rest, purged after acknowledgement. */
    public static final Set<String> SEALED_TYPES = Set.of("INFO_REQUEST");
    /** What a purged payload reads (the row stays: the held-uploads list and status still need it). */
    static final String PURGED = "purged";
    static final String INSERT = """
            INSERT INTO outbox (id, record_type, payload, created_at) VALUES (?, ?, ?, ?)""";
    static final String PENDING = """
            SELECT id, record_type, payload FROM outbox WHERE sent_at IS NULL ORDER BY created_at, id
            FETCH FIRST ? ROWS ONLY""";
    static final String COUNT_PENDING = "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL";
    static final String MARK_SENT = """
            UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ? AND sent_at IS NULL""";
    static final String HELD = """
            SELECT record_type, last_error FROM outbox WHERE sent_at IS NOT NULL AND last_error IS NOT NULL
            ORDER BY sent_at DESC FETCH FIRST 20 ROWS ONLY""";
    static final String MARK_FAILED = "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?";
    static final String PURGE_SEALED = """
            UPDATE outbox SET payload = ? WHERE record_type = ? AND sent_at IS NOT NULL AND sent_at < ?
            AND CAST(payload AS VARCHAR(16)) <> ?""";

    private final OutboxCipher cipher;

    /** An outbox for records without personal data only (e.g. notices, counts, acknowledgements). */
    public OutboxStore() {
        this(null);
    }

    /** The kiosk's outbox: personal data sealed with {@code cipher}. */
    public OutboxStore(OutboxCipher cipher) {
        this.cipher = cipher;
    }

    /** One record waiting to go up; {@code payload} exactly as first stored. */
    public record Pending(String id, String type, String payload) {
    }

    /** Stores a record in the caller's transaction: the same transaction that created it locally. */
    public void enqueue(Connection c, String id, String type, String payloadJson, Instant at) throws SQLException {
        String stored = payloadJson;
        if (SEALED_TYPES.contains(type)) {
            if (cipher == null) {
                throw new OutboxCipher.OutboxKeyException(type + " carries personal data: the outbox needs the kiosk's key");
            }
            stored = cipher.seal(payloadJson, id);
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, id);
            ps.setString(2, type);
            ps.setString(3, stored);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    /**
     * Records waiting to go up, oldest first, with sealed payloads decrypted. A sealed record that cannot
     * be decrypted (key file replaced, damaged bytes) is left out and its error recorded, so it neither
     * blocks the others nor goes up garbled; it stays pending for the day the right key is restored.
     * Rows stored in clear before payloads were sealed are passed on as they are.
     */
    public List<Pending> pending(Connection c, int limit) throws SQLException {
        List<Pending> list = new ArrayList<>();
        List<Pending> unreadable = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PENDING)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Pending stored = new Pending(rs.getString(1), rs.getString(2), rs.getString(3));
                    if (!OutboxCipher.isSealed(stored.payload())) {
                        list.add(stored);
                        continue;
                    }
                    try {
                        if (cipher == null) {
                            throw new OutboxCipher.OutboxKeyException("no outbox key to open record " + stored.id());
                        }
                        list.add(new Pending(stored.id(), stored.type(), cipher.open(stored.payload(), stored.id())));
                    } catch (OutboxCipher.OutboxKeyException e) {
                        unreadable.add(new Pending(stored.id(), stored.type(), e.getMessage()));
                    }
                }
            }
        }
        for (Pending bad : unreadable) {
            markFailed(c, bad.id(), bad.payload());
        }
        return list;
    }

    /**
     * Drops the payload of sealed records acknowledged before {@code sentBefore} (the retention delay
     * has passed); the row, its id and its acknowledgement stay. Returns how many were purged.
     */
    public int purgeSealed(Connection c, Instant sentBefore) throws SQLException {
        int purged = 0;
        for (String type : SEALED_TYPES) {
            try (PreparedStatement ps = c.prepareStatement(PURGE_SEALED)) {
                ps.setString(1, PURGED);
                ps.setString(2, type);
                ps.setTimestamp(3, Timestamp.from(sentBefore));
                ps.setString(4, PURGED);
                purged += ps.executeUpdate();
            }
        }
        return purged;
    }

    public int countPending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_PENDING); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Marks a record acknowledged; {@code note} records e.g. that the server kept it as a conflict. */
    public void markSent(Connection c, String id, Instant at, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MARK_SENT)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, note);
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    /** Sent records the server did not simply accept (conflict, held, refused): "TYPE: note". */
    public List<String> held(Connection c) throws SQLException {
        List<String> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(HELD); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(rs.getString(1) + ": " + rs.getString(2));
            }
        }
        return list;
    }

    public void markFailed(Connection c, String id, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MARK_FAILED)) {
            ps.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }
}
