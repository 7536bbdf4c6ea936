package cn.zwgk.kiosk.sync;

/**
 * Where this kiosk fetches bundle files by FTP (e.g. the province's FTP drop), as staff set it.
 *
 * @param host     FTP server; blank = not configured
 * @param port     default 21
 * @param path     directory holding the bundle files ({@code *.zwgkbundle})
 * @param tls      explicit FTPS (AUTH TLS, protected data channel); the server's certificate must be trusted by
 *                 the JVM's trust store
 */
public record FtpSettings(String host, int port, String user, String password, String path, boolean tls) {

    public static final FtpSettings NONE = new FtpSettings(null, 21, null, null, null, false);

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "FtpSettings[" + (tls ? "ftps://" : "ftp://") + user + "@" + host + ":" + port + path + "]";
    }
}
