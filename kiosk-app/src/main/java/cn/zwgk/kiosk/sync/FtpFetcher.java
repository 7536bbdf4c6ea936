package cn.zwgk.kiosk.sync;

import cn.zwgk.core.sync.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;

/**
 * Fetches bundle files from an FTP or FTPS server with Apache Commons Net: passive mode, binary, and
 * resume — a download cut halfway continues from the bytes already on disk ({@code setRestartOffset}
 * + append to {@code <name>.part}). A finished file is checked against its {@code <name>.sha256} when the
 * server has one, and moved into place only then. The bundle's own signatures are checked on import.
 */
public final class FtpFetcher {
    public static final String SUFFIX = ".zwgkbundle";
    /** Larger than any district's full bundle (50,000 items + 5,000 notices with images is well under this). */
    static final long MAX_BUNDLE_BYTES = 1L << 30;
    private static final java.util.regex.Pattern PLAIN_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.zwgkbundle");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A fetch failed; the message is for staff, in Chinese. */
    public static final class FtpException extends cn.zwgk.core.ZwgkException {
        FtpException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Connects, logs in and lists the bundle files; returns what staff should read. */
    public String test(FtpSettings settings) {
        return session(settings, ftp -> {
            List<FTPFile> bundles = bundles(ftp, settings);
            return "连接成功：" + settings.host() + " 上有 " + bundles.size() + " 个同步包"
                    + (bundles.isEmpty() ? "。" : "（" + String.join("、", bundles.stream().map(FTPFile::getName).toList())
                    + "）。");
        });
    }

    /** Downloads every bundle file of the directory into {@code dir} (resuming partial ones); returns them in name order. */
    public List<Path> fetchAll(FtpSettings settings, Path dir) {
        return session(settings, ftp -> {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            for (FTPFile remote : bundles(ftp, settings)) {
                files.add(fetch(ftp, remote, dir));
            }
            return files;
        });
    }

    private Path fetch(FTPClient ftp, FTPFile remote, Path dir) throws IOException {
        String name = remote.getName();
        Path done = dir.resolve(name);
        if (!done.normalize().getParent().equals(dir.normalize())) {
            throw new IOException("refusing a bundle name with a path: " + name);
        }
        Path part = dir.resolve(name + ".part");
        String expected = sidecar(ftp, name);
        if (Files.exists(done) && Files.size(done) == remote.getSize()
                && (expected == null || expected.equals(Sha256.of(done)))) {
            return done; // fetched before
        }
        long have = Files.exists(part) ? Files.size(part) : 0;
        if (have > remote.getSize()) {
            Files.delete(part); // the remote file was replaced by a shorter one: start over
            have = 0;
        }
        if (have < remote.getSize()) {
            ftp.setRestartOffset(have);
            try (InputStream in = ftp.retrieveFileStream(name);
                    OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                if (in == null) {
                    throw new IOException("server refused to send " + name + ": " + ftp.getReplyString().strip());
                }
                in.transferTo(out);
            }
            if (!ftp.completePendingCommand()) {
                throw new IOException("transfer of " + name + " not completed: " + ftp.getReplyString().strip());
            }
        }
        if (Files.size(part) != remote.getSize()) {
            throw new IOException(name + " has " + Files.size(part) + " of " + remote.getSize() + " bytes");
        }
        if (expected != null && !expected.equals(Sha256.of(part))) {
            Files.delete(part); // corrupt on the way: the next fetch starts over
            throw new IOException(name + " does not match its .sha256 checksum; deleted, fetch again");
        }
        Files.move(part, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return done;
    }

    /** The hex SHA-256 from {@code <name>.sha256} on the server, null when there is none. */
    private static String sidecar(FTPClient ftp, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ftp.setRestartOffset(0);
        if (!ftp.retrieveFile(name + ".sha256", bytes)) {
            return null;
        }
        String text = bytes.toString(StandardCharsets.US_ASCII).strip();
        String hex = text.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return Sha256.HEX.matcher(hex).matches() ? hex : null;
    }

    private static List<FTPFile> bundles(FTPClient ftp, FtpSettings settings) throws IOException {
        String path = settings.path() == null || settings.path().isBlank() ? "/" : settings.path();
        if (!ftp.changeWorkingDirectory(path)) {
            throw new IOException("目录 " + path + " 不存在或无权访问");
        }
        return acceptable(ftp.listFiles());
    }

    /**
     * The bundle files of a listing worth fetching, in name order: regular files with a plain name (letters, digits,
     * {@code . _ -}, no path, not hidden) ending in {@value #SUFFIX}, at most {@link #MAX_BUNDLE_BYTES}. The server's
     * listing is not trusted: a name such as {@code ../../x.zwgkbundle} would otherwise be written outside the
     * bundle folder, and a huge file would fill the kiosk's disk.
     */
    static List<FTPFile> acceptable(FTPFile[] listed) {
        List<FTPFile> list = new ArrayList<>();
        for (FTPFile f : listed == null ? new FTPFile[0] : listed) {
            if (f != null && f.isFile() && PLAIN_NAME.matcher(f.getName()).matches() && f.getSize() >= 0
                    && f.getSize() <= MAX_BUNDLE_BYTES) {
                list.add(f);
            }
        }
        list.sort(java.util.Comparator.comparing(FTPFile::getName));
        return list;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(FTPClient ftp) throws IOException;
    }

    private static <T> T session(FtpSettings s, Work<T> work) {
        if (!s.configured()) {
            throw new FtpException("尚未设置 FTP 服务器。", null);
        }
        FTPClient ftp = s.tls() ? new FTPSClient("TLS", false) : new FTPClient();
        ftp.setConnectTimeout((int) TIMEOUT.toMillis());
        ftp.setDefaultTimeout((int) TIMEOUT.toMillis());
        ftp.setDataTimeout(TIMEOUT);
        try {
            ftp.connect(s.host(), s.port());
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw new IOException("服务器拒绝连接：" + ftp.getReplyString().strip());
            }
            if (!ftp.login(s.user() == null ? "anonymous" : s.user(), s.password() == null ? "" : s.password())) {
                throw new FtpException("FTP 登录失败：用户名或密码不对（" + ftp.getReplyString().strip() + "）。", null);
            }
            if (ftp instanceof FTPSClient ftps) {
                ftps.execPBSZ(0);
                ftps.execPROT("P");
            }
            ftp.enterLocalPassiveMode();
            ftp.setFileType(FTP.BINARY_FILE_TYPE);
            return work.run(ftp);
        } catch (IOException e) {
            throw new FtpException("无法从 FTP 服务器 " + s.host() + ":" + s.port() + " 获取同步包：" + e.getMessage()
                    + "。已下载的部分会保留，下次继续。", e);
        } finally {
            try {
                if (ftp.isConnected()) {
                    ftp.disconnect();
                }
            } catch (IOException ignored) {
                // the session is over either way; nothing left to release
            }
        }
    }
}
