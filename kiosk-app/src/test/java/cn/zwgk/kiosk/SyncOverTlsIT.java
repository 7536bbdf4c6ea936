package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged kiosk enrols and syncs over HTTPS with a server whose certificate it trusts through the
 * JVM trust store (how a district's private CA is configured), and refuses a server it does not trust.
 */
class SyncOverTlsIT {
    static final String SITE = "110199001001";

    @TempDir
    Path dir;

    @Test
    void aKioskSyncsOverTlsWithATrustedServerAndRefusesAnUntrustedOne() throws Exception {
        Path keystore = dir.resolve("server.p12");
        String bin = Path.of(System.getProperty("java.home"), "bin").toString();
        Process keytool = new ProcessBuilder(Path.of(bin, "keytool").toString(), "-genkeypair", "-alias", "sync",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).isTrue();

        ServerConfig config = ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")).withTls(keystore, "changeit");
        try (SyncServer server = SyncServer.create(config, Clock.systemUTC())) {
            server.importer().importDataset(new DemoDataGenerator(9).generate(100));
            server.start();
            String url = "https://127.0.0.1:" + server.port();

            Process untrusted = kiosk(url, server.enrolment().issueCode(SITE, Duration.ofHours(1)), null, "untrusted");
            assertThat(untrusted.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(untrusted.exitValue()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("untrusted.log"))).contains("同步失败");

            Process trusted = kiosk(url, server.enrolment().issueCode(SITE, Duration.ofHours(1)), keystore, "trusted");
            assertThat(trusted.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(dir.resolve("trusted.log"))).contains("同步完成");
            assertThat(trusted.exitValue()).isZero();
        }
    }

    private Process kiosk(String url, String code, Path trustStore, String name) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx192m"));
        if (trustStore != null) {
            command.addAll(List.of("-Djavax.net.ssl.trustStore=" + trustStore,
                    "-Djavax.net.ssl.trustStorePassword=changeit", "-Djavax.net.ssl.trustStoreType=PKCS12"));
        }
        command.addAll(List.of("-jar", System.getProperty("kiosk.jar", "target/kiosk-app-all.jar"),
                "--sync-once", "--data", dir.resolve("kiosk-" + name).toString(), "--server", url,
                "--kiosk-id", "tls-" + name, "--site", SITE, "--enrol-code", code));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }
}
