package cn.zwgk.kiosk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** SQL of the offline_transport row (USB directory, FTP settings). Callers own the transaction. */
final class TransportStore {
    static final String READ = """
            SELECT usb_dir, ftp_host, ftp_port, ftp_user, ftp_password, ftp_path, ftp_tls FROM offline_transport WHERE id = 1""";
    static final String SAVE_FTP = """
            UPDATE offline_transport SET ftp_host = ?, ftp_port = ?, ftp_user = ?, ftp_password = ?, ftp_path = ?, ftp_tls = ?
            WHERE id = 1""";
    static final String SAVE_USB = "UPDATE offline_transport SET usb_dir = ? WHERE id = 1";

    FtpSettings ftp(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new FtpSettings(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getBoolean(7)) : FtpSettings.NONE;
        }
    }

    String usbDir(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void saveFtp(Connection c, FtpSettings s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SAVE_FTP)) {
            ps.setString(1, s.host());
            ps.setInt(2, s.port());
            ps.setString(3, s.user());
            ps.setString(4, s.password());
            ps.setString(5, s.path());
            ps.setBoolean(6, s.tls());
            ps.executeUpdate();
        }
    }

    void saveUsbDir(Connection c, String dir) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SAVE_USB)) {
            ps.setString(1, dir);
            ps.executeUpdate();
        }
    }
}
