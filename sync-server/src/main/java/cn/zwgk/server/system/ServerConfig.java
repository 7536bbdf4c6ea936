package cn.zwgk.server.system;

import java.nio.file.Path;

/**
 * The sync-server's configuration, resolved once at start-up (command line → system properties /
 * environment → defaults) and handed to constructors.
 *
 * @param host     address to listen on (default 127.0.0.1; use 0.0.0.0 behind a firewall or proxy)
 * @param port     HTTP port (default 8080; 0 picks a free one, for tests)
 * @param dataDir  where the embedded Derby database lives (default {@code ./data/server})
 * @param jdbcUrl  overrides the embedded Derby database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test}
 * @param jdbcUser user for {@code jdbcUrl}, may be null
 * @param jdbcPassword password for {@code jdbcUrl}, may be null
 * @param keyDir   where the central Ed25519 signing key lives (default {@code dataDir/keys}); several server
 *                 nodes must point at the same key
 * @param tlsKeystore  PKCS#12 keystore with the server's TLS certificate; null serves plain HTTP (demo, loopback)
 * @param tlsPassword  password of {@code tlsKeystore}
 */
public record ServerConfig(String host, int port, Path dataDir, String jdbcUrl, String jdbcUser, String jdbcPassword,
        Path keyDir, Path tlsKeystore, String tlsPassword) {

    public static final int DEFAULT_PORT = 8080;
    /** This server's version (shown by {@code --version} and {@code /health}). */
    public static final String APP_VERSION = "0.1.0";

    public ServerConfig {
        keyDir = keyDir != null ? keyDir : dataDir.resolve("keys");
    }

    public ServerConfig(String host, int port, Path dataDir, String jdbcUrl, String jdbcUser, String jdbcPassword) {
        this(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, null, null, null);
    }

    public ServerConfig(String host, int port, Path dataDir, String jdbcUrl, String jdbcUser, String jdbcPassword,
            Path keyDir) {
        this(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, keyDir, null, null);
    }

    public ServerConfig withTls(Path keystore, String password) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, keyDir, keystore, password);
    }

    public static ServerConfig embedded(String host, int port, Path dataDir) {
        return new ServerConfig(host, port, dataDir, null, null, null);
    }

    public Path derbyDirectory() {
        return dataDir.resolve("db");
    }
}
