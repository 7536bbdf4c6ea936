package cn.zwgk.kiosk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.backup.AdminEndpoint;
import cn.zwgk.core.backup.BackupRotation;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's case with real processes ({@code target/kiosk-app-all.jar}): {@code backup} while the kiosk
 * runs goes through the running kiosk; after the kiosk was killed (its token file left behind) it opens the
 * database itself; while another JVM holds the database without a token it refuses with a clear message.
 */
class KioskBackupProcessIT {
    static final String SITE = "110199001001";

    @TempDir
    Path dir;
    SyncServer server;
    Process kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.destroyForcibly();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void backupGoesThroughTheRunningKioskFallsBackAfterAKillAndRefusesADatabaseHeldElsewhere() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(5).generate(100));
        server.start();
        Path data = dir.resolve("kiosk");
        Path root = dir.resolve("backups");
        String serverUrl = "http://127.0.0.1:" + server.port();
        Result synced = java("--sync-once", "--data", data.toString(), "--server", serverUrl, "--site", SITE,
                "--kiosk-id", "backup-it", "--enrol-code", server.enrolment().issueCode(SITE, Duration.ofHours(1)));
        assertThat(synced.code).as(synced.out).isZero();

        int port = freePort();
        kiosk = start("--data", data.toString(), "--server", serverUrl, "--site", SITE, "--kiosk-id", "backup-it",
                "--port", String.valueOf(port));
        awaitHealth(port);
        Path token = data.resolve("run").resolve(AdminEndpoint.TOKEN_FILE);
        assertThat(token).exists();

        Result viaKiosk = java("backup", "--data", data.toString(), "--to", root.toString());
        assertThat(viaKiosk.code).as(viaKiosk.out).isZero();
        assertThat(viaKiosk.out).contains("由运行中的程序执行");
        assertThat(BackupRotation.complete(root)).hasSize(1);

        kiosk.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        kiosk = null;
        assertThat(token).as("left behind by the kill").exists();
        Result direct = java("backup", "--data", data.toString(), "--to", root.toString());
        assertThat(direct.code).as(direct.out).isZero();
        assertThat(direct.out).contains("备份完成").doesNotContain("运行中的程序");
        assertThat(BackupRotation.complete(root)).hasSize(2);

        Files.delete(token);
        try (Database held = KioskDatabase.open(data.resolve("db"))) {
            held.inTransaction(c -> c.isValid(1));
            Result refused = java("backup", "--data", data.toString(), "--to", root.toString());
            assertThat(refused.code).isEqualTo(1);
            assertThat(refused.out).contains("数据库正被另一个程序使用");
        }
        assertThat(BackupRotation.complete(root)).hasSize(2);
    }

    record Result(int code, String out) {
    }

    private List<String> command(String... args) {
        String jar = System.getProperty("kiosk.jar", "target/kiosk-app-all.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar));
        command.addAll(List.of(args));
        return command;
    }

    private Result java(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "cli", ".log");
        Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Process start(String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("kiosk.log").toFile()).start();
    }

    private void awaitHealth(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://127.0.0.1:" + port + "/health");
        for (int i = 0; i < 300; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(kiosk.isAlive()).as(() -> "kiosk died: " + log()).isTrue();
            Thread.sleep(1000);
        }
        throw new AssertionError("the kiosk did not answer /health: " + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("kiosk.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
