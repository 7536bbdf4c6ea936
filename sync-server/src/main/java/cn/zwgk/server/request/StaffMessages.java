package cn.zwgk.server.request;

import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Messages to one staff member, shown on their console front page until they mark them read: today, that the
 * due dates of requests they handle moved (a calendar was entered). Tracking codes and dates only.
 */
public final class StaffMessages {
    static final String INSERT = "INSERT INTO staff_message (id, recipient, created_at, body) VALUES (?, ?, ?, ?)";
    static final String UNREAD = """
            SELECT id, created_at, body FROM staff_message WHERE recipient = ? AND read_at IS NULL
            ORDER BY created_at DESC FETCH FIRST 20 ROWS ONLY""";
    static final String MARK_READ = "UPDATE staff_message SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL";
    static final String OFFICERS = "SELECT username, roles FROM staff_account WHERE active = TRUE";

    /** One unread message. */
    public record Message(String id, Instant at, String body) {
    }

    private final Database database;
    private final Clock clock;

    StaffMessages(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The caller's unread messages, newest first. */
    public List<Message> unread(StaffSession who) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(UNREAD)) {
                ps.setString(1, who.username());
                List<Message> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Message(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    /** Marks one of the caller's own messages read; false if it is not theirs or already read. */
    public boolean markRead(StaffSession who, String id) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(MARK_READ)) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setString(2, id);
                ps.setString(3, who.username());
                return ps.executeUpdate() == 1;
            }
        });
    }

    void send(Connection c, Collection<String> recipients, String body) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (String to : recipients) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, to);
                ps.setTimestamp(3, Timestamp.from(clock.instant()));
                ps.setString(4, body.length() > 4000 ? body.substring(0, 3990) + "……" : body);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Active accounts with the request officer role: who hears of requests nobody has registered yet. */
    List<String> activeOfficers(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(OFFICERS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (List.of(rs.getString(2).split("[,\\s]+")).contains("REQUEST_OFFICER")) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
