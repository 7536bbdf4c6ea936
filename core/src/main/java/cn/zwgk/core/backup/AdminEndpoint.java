package cn.zwgk.core.backup;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Back up now" for the command line while the application runs (an embedded Derby database can be
 * opened by one JVM only, so the running one must take the backup). A tiny HTTP endpoint on the loopback
 * address only, on a random port, separate from the application's own web server: {@code POST /backup}
 * with header {@value #TOKEN_HEADER} carrying the random token that is written, with the port, owner-only
 * to {@code <data>/run/admin.token} at start and deleted at stop. Whoever can read that file could read the
 * database files anyway; nobody else can trigger anything.
 */
public final class AdminEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdminEndpoint.class);
    public static final String TOKEN_FILE = "admin.token";
    public static final String TOKEN_HEADER = "X-Zwgk-Admin-Token";

    private final HttpServer http;
    private final Path tokenFile;

    private AdminEndpoint(HttpServer http, Path tokenFile) {
        this.http = http;
        this.tokenFile = tokenFile;
    }

    static AdminEndpoint start(Path runDir, BackupService backups) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
            http.createContext("/backup", exchange -> handle(exchange, token, backups));
            http.start();
            Path file = writeToken(runDir, http.getAddress().getPort(), token);
            LOG.info("on-demand backups accepted on 127.0.0.1:{} with the token in {}", http.getAddress().getPort(), file);
            return new AdminEndpoint(http, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the loopback admin endpoint", e);
        }
    }

    private static Path writeToken(Path runDir, int port, String token) throws IOException {
        OwnerOnly.directory(runDir);
        Path tmp = Files.createTempFile(runDir, "admin", ".tmp");
        OwnerOnly.set(tmp, OwnerOnly.FILE);
        Files.writeString(tmp, "port=" + port + "\ntoken=" + token + "\n");
        Path file = runDir.resolve(TOKEN_FILE);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static void handle(HttpExchange exchange, String token, BackupService backups) throws IOException {
        try (exchange) {
            String given = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                answer(exchange, 403, Map.of("error", "需要管理令牌 / admin token required"));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, Map.of("error", "POST only"));
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            int keep;
            try {
                keep = query.containsKey("keep") ? Integer.parseInt(query.get("keep")) : backups.settings().keep();
            } catch (NumberFormatException e) {
                answer(exchange, 400, Map.of("error", "keep 必须是正整数 / keep must be a positive number"));
                return;
            }
            if (keep < 1) {
                answer(exchange, 400, Map.of("error", "keep 必须是正整数 / keep must be a positive number"));
                return;
            }
            Path root = query.containsKey("to") ? Path.of(query.get("to")) : backups.settings().dir();
            try {
                answer(exchange, 200, Map.of("folder", backups.runNow(root, keep).toString()));
            } catch (RuntimeException e) {
                answer(exchange, 500, Map.of("error", String.valueOf(e.getMessage())));
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, Map<String, String> body) throws IOException {
        byte[] bytes = cn.zwgk.core.sync.SyncJson.writeBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            Files.deleteIfExists(tokenFile);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", tokenFile, e.getMessage());
        }
    }
}
