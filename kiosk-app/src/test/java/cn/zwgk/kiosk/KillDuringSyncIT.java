package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged kiosk is killed with SIGKILL in the middle of a sync: right after the k-th page it printed as
 * committed (k random), plus a random few milliseconds, so the kill lands while the next page is fetched or applied —
 * never during JVM start-up. After every kill its Derby database opens, and what it holds equals the server's history
 * up to the kiosk's checkpoint (a prefix: nothing half-applied); at the end one more sync converges to the server's
 * state. {@code -Dzwgk.kills} rounds: 10 in the test command, 50 in {@code bench/run.sh soak}.
 */
class KillDuringSyncIT {
    static final String SITE = "110199001001";
    static final int KILLS = Integer.getInteger("zwgk.kills", 10);
    static final Set<String> SCOPE = Set.of(SITE, "110199001", "110199");

    @TempDir
    Path dir;
    SyncServer server;
    Path kioskData;

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        Dataset data = new DemoDataGenerator(77).generate(2000);
        server.importer().importDataset(new Dataset(List.of(), data.sites(), List.of(), List.of()));
        server.start();
        kioskData = dir.resolve("kiosk");
        // enrol (and sync the sites) first, so that every killed run below is already enrolled
        assertThat(runKiosk("--enrol-code", server.enrolment().issueCode(SITE, Duration.ofHours(1))).waitFor())
                .isZero();
        server.importer().importDataset(new Dataset(data.domains(), List.of(), data.items(), data.notices()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void killedAtRandomMomentsTheKioskAlwaysHoldsAPrefixAndThenConverges() throws Exception {
        Random random = new Random(20261123);
        int midSync = 0;
        for (int i = 0; i < KILLS; i++) {
            // every round from an empty store, so that ~6 pages lie ahead and a kill after page 1–3 lands mid-sync;
            // resuming a killed store is what the final run below checks
            forgetEverything();
            int afterPage = 1 + random.nextInt(3);
            boolean killed = killAfterPage(afterPage, random.nextInt(120));
            long checkpoint = assertPrefixOfServerHistory();
            long latest = server.database().inTransaction(this::latestSeq);
            if (killed && checkpoint > 0 && checkpoint < latest) {
                midSync++;
            }
        }
        assertThat(midSync).as("rounds killed strictly between the first change and the server's latest")
                .isGreaterThanOrEqualTo(Math.max(1, KILLS * 7 / 10));

        assertThat(runKiosk().waitFor()).isZero();
        long checkpoint = assertPrefixOfServerHistory();
        assertThat(checkpoint).isEqualTo(server.database().inTransaction(this::latestSeq));
    }

    /**
     * Runs one sync and sends SIGKILL (no shutdown hook, no Derby shutdown) {@code extraMillis} after it printed its
     * {@code page}-th committed page; true when it was killed, false when it finished first. Bounded: 2 minutes.
     */
    private boolean killAfterPage(int page, int extraMillis) throws Exception {
        Process kiosk = runKiosk(ProcessBuilder.Redirect.PIPE);
        java.util.concurrent.ScheduledExecutorService watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        watchdog.schedule(kiosk::destroyForcibly, 120, TimeUnit.SECONDS);
        boolean killed = false;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(kiosk.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
                var log = Files.newBufferedWriter(dir.resolve("kiosk.log"), java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND)) {
            int pages = 0;
            String line;
            while ((line = out.readLine()) != null) {
                log.write(line);
                log.newLine();
                if (line.startsWith("已接收 第 ") && ++pages == page) {
                    Thread.sleep(extraMillis);
                    killed = kiosk.isAlive();
                    kiosk.destroyForcibly();
                    break;
                }
            }
        } finally {
            watchdog.shutdownNow();
        }
        assertThat(kiosk.waitFor(30, TimeUnit.SECONDS)).as("the kiosk process ended").isTrue();
        return killed;
    }

    private Process runKiosk(String... extra) throws IOException {
        return runKiosk(ProcessBuilder.Redirect.appendTo(dir.resolve("kiosk.log").toFile()), extra);
    }

    private Process runKiosk(ProcessBuilder.Redirect output, String... extra) throws IOException {
        String jar = System.getProperty("kiosk.jar", "target/kiosk-app-all.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx192m", "-XX:+UseSerialGC", "-jar", jar,
                "--sync-once", "--data", kioskData.toString(), "--server", "http://127.0.0.1:" + server.port(),
                "--kiosk-id", "kill-it", "--site", SITE));
        command.addAll(List.of(extra));
        Files.createDirectories(kioskData);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output).start();
    }

    /** Opens the kiosk's Derby as the next start would and compares it with the server's log up to its checkpoint. */
    private long assertPrefixOfServerHistory() {
        try (Database kiosk = KioskDatabase.open(kioskData.resolve("db"))) {
            long checkpoint = kiosk.inTransaction(c -> single(c, "SELECT checkpoint FROM sync_state"));
            Map<String, String> expectedItems = new HashMap<>();
            Map<String, String> expectedNotices = new HashMap<>();
            server.database().useTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT record_type, record_id, op, payload, scope_site FROM change_log WHERE seq <= ? ORDER BY seq""")) {
                    ps.setLong(1, checkpoint);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Map<String, String> target = switch (rs.getString(1)) {
                                case "CATALOGUE_ITEM" -> expectedItems;
                                case "NOTICE" -> SCOPE.contains(rs.getString(5)) ? expectedNotices : null;
                                default -> null;
                            };
                            if (target != null) {
                                if ("DELETE".equals(rs.getString(3))) {
                                    target.remove(rs.getString(2));
                                } else {
                                    target.put(rs.getString(2), rs.getString(4));
                                }
                            }
                        }
                    }
                }
            });
            assertThat(records(kiosk, "catalogue_item", CatalogueItem.class))
                    .as("items at checkpoint " + checkpoint).isEqualTo(decode(expectedItems, CatalogueItem.class));
            assertThat(records(kiosk, "notice", Notice.class))
                    .as("notices at checkpoint " + checkpoint).isEqualTo(decode(expectedNotices, Notice.class));
            return checkpoint;
        }
    }

    private void forgetEverything() {
        try (Database kiosk = KioskDatabase.open(kioskData.resolve("db"))) {
            kiosk.useTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String table : List.of("catalogue_item", "notice", "domain", "site")) {
                        s.executeUpdate("DELETE FROM " + table);
                    }
                    s.executeUpdate("UPDATE sync_state SET checkpoint = 0, server_latest = 0");
                }
            });
        }
    }

    private static <T> Map<String, T> records(Database db, String table, Class<T> type) {
        return db.inTransaction(c -> {
            Map<String, String> raw = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, payload FROM " + table);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    raw.put(rs.getString(1).strip(), rs.getString(2));
                }
            }
            return decode(raw, type);
        });
    }

    private static <T> Map<String, T> decode(Map<String, String> raw, Class<T> type) {
        Map<String, T> out = new HashMap<>();
        raw.forEach((id, json) -> out.put(id.strip(), SyncJson.read(json, type)));
        return out;
    }

    private long latestSeq(Connection c) throws SQLException {
        return single(c, "SELECT MAX(seq) FROM change_log");
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
