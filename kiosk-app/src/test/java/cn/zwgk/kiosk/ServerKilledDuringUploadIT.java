package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.sync.OutboxStore;
import cn.zwgk.kiosk.sync.SyncResult;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.system.CentralDatabase;
import cn.zwgk.server.system.ServerConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged sync-server is killed with SIGKILL while a kiosk uploads 300 records; after a restart the
 * kiosk's retry converges: every record is on the server exactly once, none is lost, none duplicated.
 */
class ServerKilledDuringUploadIT {
    static final String SITE = "110199001001";
    static final int RECORDS = 300;

    @TempDir
    Path dir;
    Process server;
    int port;

    @AfterEach
    void stop() throws Exception {
        kill();
    }

    @Test
    void noUploadIsLostOrDuplicatedWhenTheServerDiesMidway() throws Exception {
        Path data = dir.resolve("server");
        Path file = dir.resolve("demo.jsonl");
        assertThat(cli("demo-data", "--items", "100", file.toString())).isZero();
        assertThat(cli("import", "--data", data.toString(), file.toString())).isZero();
        String code = cliOutput("enrol-code", "--data", data.toString(), "--site", SITE).strip();
        port = freePort();
        startServer(data);

        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir.resolve("kiosk"),
                URI.create("http://127.0.0.1:" + port), "upload-kiosk", SITE, Duration.ofMinutes(5),
                ZoneId.of("Asia/Shanghai"));
        try (Database kiosk = KioskDatabase.open(config.derbyDirectory())) {
            SyncService sync = KioskApp.syncService(kiosk, config, Clock.systemUTC());
            sync.useEnrolmentCode(code);
            assertThat(sync.syncNow().ok()).isTrue();
            OutboxStore outbox = new OutboxStore(cn.zwgk.kiosk.sync.OutboxCipher.forDataDir(config.dataDir()));
            kiosk.useTransaction(c -> {
                for (int i = 0; i < RECORDS; i++) {
                    var request = cn.zwgk.core.demo.DemoRequests.sample("upload-kiosk", SITE, i + 1, Instant.now());
                    outbox.enqueue(c, request.id(), "INFO_REQUEST", cn.zwgk.core.sync.SyncJson.write(request),
                            Instant.now());
                }
            });

            CompletableFuture<SyncResult> uploading = CompletableFuture.supplyAsync(sync::syncNow);
            while (sync.pendingUploads() > RECORDS * 2 / 3 && !uploading.isDone()) {
                Thread.sleep(5);
            }
            kill();
            SyncResult interrupted = uploading.get(120, TimeUnit.SECONDS);
            int pendingAfterKill = sync.pendingUploads();
            System.out.println("pending after the kill: " + pendingAfterKill + ", run ok: " + interrupted.ok());
            assertThat(interrupted.ok()).as("the kill landed mid-upload").isFalse();
            assertThat(pendingAfterKill).isBetween(1, RECORDS - 1);

            startServer(data);
            SyncResult retried = sync.syncNow();
            assertThat(retried.ok()).as(retried.error()).isTrue();
            assertThat(sync.pendingUploads()).isZero();
        }
        kill();
        try (Database central = CentralDatabase.open(ServerConfig.embedded("127.0.0.1", 0, data))) {
            assertThat(count(central, "SELECT COUNT(*) FROM upload")).isEqualTo(RECORDS);
            assertThat(count(central, "SELECT COUNT(DISTINCT id) FROM upload")).isEqualTo(RECORDS);
            assertThat(count(central, "SELECT COUNT(*) FROM upload_conflict")).isZero();
            assertThat(count(central, "SELECT COUNT(*) FROM info_request")).as("one request each, none twice")
                    .isEqualTo(RECORDS);
        }
    }

    private void startServer(Path data) throws Exception {
        server = new ProcessBuilder(java(), "-Xmx256m", "-jar", serverJar(), "serve", "--data", data.toString(),
                "--port", String.valueOf(port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("server did not start: " + Files.readString(dir.resolve("server.log")));
    }

    private void kill() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly(); // SIGKILL
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private int cli(String... args) throws Exception {
        Process p = new ProcessBuilder(command(args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("cli.log").toFile())).start();
        return p.waitFor(120, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private String cliOutput(String... args) throws Exception {
        Process p = new ProcessBuilder(command(args)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private List<String> command(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar", serverJar()));
        command.addAll(List.of(args));
        return command;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String serverJar() {
        Path jar = Path.of(System.getProperty("server.jar", "../sync-server/target/sync-server-all.jar"));
        assertThat(jar).as("packaged sync-server jar (run ./mvnw verify from the root)").exists();
        return jar.toString();
    }

    private static long count(Database db, String sql) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
