package cn.zwgk.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.backup.AdminEndpoint;
import cn.zwgk.core.backup.BackupRotation;
import cn.zwgk.core.backup.TableCensus;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.ServerMain;
import cn.zwgk.server.system.CentralDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore of the central server on real Derby files: taken by the running server (asked over
 * the loopback endpoint by the {@code backup} command) while it serves HTTP and writes, restored by the
 * {@code restore} command into a fresh data directory, compared table by table; rotation; damaged backups
 * and foreign callers refused.
 */
class ServerBackupTest {
    static final String SITE = "110199001001";

    @TempDir
    Path dir;
    SyncServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBackupTakenWhileTheServerServesAndWritesRestoresIntoAFreshDirectoryWithEqualData() throws Exception {
        Path data = dir.resolve("server");
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, data), Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(5).generate(300));
        server.start();
        SortedMap<String, String> before = digests(server.database());
        HttpClient http = HttpClient.newHttpClient();

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        // a failure in the writer (an assertion included) is kept and rethrown here, never lost with its thread
        java.util.concurrent.atomic.AtomicReference<Throwable> writerFailure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 10_000 && writing.get(); i++) {
                    server.enrolment().issueCode(SITE, Duration.ofHours(1));
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(server.uri().resolve("/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
                    written.incrementAndGet();
                }
            } catch (Throwable e) {
                writerFailure.set(e);
            }
        });
        writer.start();
        long waitUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (written.get() < 5 && writer.isAlive() && System.nanoTime() < waitUntil) {
            Thread.sleep(10);
        }
        if (writerFailure.get() != null) {
            throw new AssertionError("the writer failed before the backup", writerFailure.get());
        }
        assertThat(written.get()).as("the writer got going within a minute").isGreaterThanOrEqualTo(5);
        int writtenBefore = written.get();
        Run backup = run("backup", "--data", data.toString(), "--to", dir.resolve("backups").toString());
        int writtenDuringBackup = written.get();
        writing.set(false);
        writer.join(Duration.ofSeconds(60).toMillis());
        assertThat(writer.isAlive()).as("the writer stopped").isFalse();
        if (writerFailure.get() != null) {
            throw new AssertionError("the writer failed while the backup ran", writerFailure.get());
        }
        SortedMap<String, String> after = digests(server.database());
        long codesAfter = enrolmentCodes(server.database());

        assertThat(backup.code).as(backup.err).isZero();
        assertThat(backup.out).contains("由运行中的程序执行");
        assertThat(writtenDuringBackup).as("the server kept writing while it backed up").isGreaterThan(writtenBefore);
        Path folder = BackupRotation.complete(dir.resolve("backups")).get(0);
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(folder.resolve("files/keys/central-ed25519.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(server.backups().status().lastFolder()).isEqualTo(folder.toString());
        assertThat(server.backups().status().toHealth()).containsEntry("lastBackupError", null);

        Path restoredData = dir.resolve("restored");
        Run restore = run("restore", "--from", folder.toString(), "--data", restoredData.toString());
        assertThat(restore.code).as(restore.err).isZero();
        assertThat(restore.out).contains("与备份清单一致", "恢复完成");

        try (Database restored = CentralDatabase.open(ServerConfig.embedded("127.0.0.1", 0, restoredData))) {
            SortedMap<String, String> got = digests(restored);
            assertThat(got.keySet()).isEqualTo(after.keySet());
            for (String table : got.keySet()) {
                if (before.get(table).equals(after.get(table))) {
                    assertThat(got.get(table)).as(table + " (not written during the backup)").isEqualTo(after.get(table));
                }
            }
            assertThat(enrolmentCodes(restored)).as("codes written before the backup are in it, not more than "
                    + "were ever written").isBetween(5L, codesAfter);
        }
        for (String key : new String[] {"central-ed25519.key", "central-ed25519.pub", "request-aes.key"}) {
            assertThat(Files.mismatch(data.resolve("keys").resolve(key), restoredData.resolve("keys").resolve(key)))
                    .as(key).isEqualTo(-1L);
        }
    }

    @Test
    void rotationKeepsTheNewestCompleteBackupsAndLeavesUnfinishedOnesAlone() throws Exception {
        ServerConfig config = ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server"));
        Path root = dir.resolve("backups");
        Files.createDirectories(root.resolve(".partial-20000101-000000-1"));
        java.util.List<Path> written = new java.util.ArrayList<>();
        try (Database db = CentralDatabase.open(config)) {
            SyncServer.importerFor(db, Clock.systemUTC()).importDataset(new DemoDataGenerator(5).generate(20));
            var backups = ServerBackup.service(config, db, Clock.systemUTC(), SyncServer.ZONE);
            for (int i = 0; i < 3; i++) {
                written.add(backups.runNow(root, 2));
            }
        }
        var kept = BackupRotation.complete(root);
        assertThat(kept).containsExactly(written.get(2), written.get(1));
        try (var all = Files.list(root)) {
            assertThat(all.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(".partial-20000101-000000-1", kept.get(0).getFileName().toString(),
                            kept.get(1).getFileName().toString());
        }
    }

    @Test
    void aDamagedBackupAndANonEmptyTargetAreRefusedAndNothingIsRestored() throws Exception {
        Path data = dir.resolve("server");
        try (Database db = CentralDatabase.open(ServerConfig.embedded("127.0.0.1", 0, data))) {
            SyncServer.importerFor(db, Clock.systemUTC()).importDataset(new DemoDataGenerator(5).generate(20));
        }
        assertThat(run("backup", "--data", data.toString(), "--to", dir.resolve("backups").toString()).code).isZero();
        Path folder = BackupRotation.complete(dir.resolve("backups")).get(0);

        Run occupied = run("restore", "--from", folder.toString(), "--data", data.toString());
        assertThat(occupied.code).isEqualTo(2);
        assertThat(occupied.err).contains("不是空的");

        Path seg;
        try (var files = Files.walk(folder.resolve("database"))) {
            seg = files.filter(p -> p.toString().endsWith(".dat")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(seg);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(seg, bytes);
        Path target = dir.resolve("restored");
        Run damaged = run("restore", "--from", folder.toString(), "--data", target.toString());
        assertThat(damaged.code).isEqualTo(2);
        assertThat(damaged.err).contains("备份已损坏", folder.relativize(seg).toString().replace('\\', '/'));
        assertThat(target).doesNotExist();
    }

    @Test
    void aBackupByAnotherUserThanTheDataDirectorysOwnerIsRefusedBeforeTheDatabaseIsOpened() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "needs root to give the data directory to another user");
        Path data = Files.createDirectories(dir.resolve("server"));
        Files.setOwner(data, data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        Run refused = run("backup", "--data", data.toString(), "--to", dir.resolve("backups").toString());
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err).contains("属于用户 nobody", "sudo -u nobody");
        assertThat(data.resolve("db")).as("the database was not opened (nor created) as root").doesNotExist();
    }

    @Test
    void theLoopbackTriggerAnswersOnlyWithTheTokenFromTheOwnerOnlyFile() throws Exception {
        Path data = dir.resolve("server");
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, data), Clock.systemUTC());
        server.start();
        Path tokenFile = data.resolve("run").resolve(AdminEndpoint.TOKEN_FILE);
        assertThat(Files.getPosixFilePermissions(tokenFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Properties token = new Properties();
        try (var in = Files.newBufferedReader(tokenFile)) {
            token.load(in);
        }
        URI uri = URI.create("http://127.0.0.1:" + token.getProperty("port") + "/backup");
        HttpClient http = HttpClient.newHttpClient();
        Path root = data.resolveSibling("server-backups");

        HttpResponse<String> none = http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri).header(AdminEndpoint.TOKEN_HEADER,
                "0".repeat(64)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(root).doesNotExist();
        assertThat(health(http)).contains("\"backup\":{\"status\":\"ok\",\"lastBackup\":null");

        HttpResponse<String> right = http.send(HttpRequest.newBuilder(uri).header(AdminEndpoint.TOKEN_HEADER,
                token.getProperty("token")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        Path folder = BackupRotation.complete(root).get(0);
        assertThat(health(http)).contains(folder.toString()).contains("\"lastBackupError\":null");

        HttpResponse<String> failing = http.send(HttpRequest.newBuilder(URI.create(uri + "?to=/proc/zwgk-no-such"))
                .header(AdminEndpoint.TOKEN_HEADER, token.getProperty("token"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(failing.statusCode()).isEqualTo(500);
        assertThat(health(http)).contains("\"backup\":{\"status\":\"warn\"", folder.toString(), "/proc/zwgk-no-such");

        server.close();
        server = null;
        assertThat(tokenFile).as("the token goes with the server").doesNotExist();
    }

    String health(HttpClient http) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new ServerMain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static SortedMap<String, String> digests(Database database) {
        return database.inTransaction(TableCensus::rowDigests);
    }

    static long enrolmentCodes(Database database) {
        return database.inTransaction(TableCensus::rowCounts).get("APP.ENROLMENT_CODE");
    }
}
