package cn.zwgk.bench;

import cn.zwgk.core.sync.KioskVersions;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.PageVerifier;
import cn.zwgk.core.sync.SigningKeys;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.sync.PageApplier;
import cn.zwgk.kiosk.sync.SyncResult;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.sync.SyncSettings;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.ByteArrayOutputStream;
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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

/**
 * The sync engine at scale, over real HTTP on loopback with embedded Derby at both ends: initial sync of
 * 50,000 items + 5,000 notices, a 1 % delta, a no-change sync, and the server's throughput with many
 * simulated kiosks doing 100-change incremental syncs concurrently.
 */
final class SyncBench implements BenchMain.Suite {
    private static final String SITE = "110199001001";
    private static final List<String> COMMUNITIES = List.of("110199001001", "110199001002", "110199002001",
            "110199002002");
    private static final int ITEMS = 50_000;
    private static final int NOTICES = 5_000;
    private static final int SIMULATED_KIOSKS = 16;
    private static final int SYNCS_PER_KIOSK = 60;

    @Override
    public void run() throws Exception {
        Path dir = Files.createTempDirectory("bench-sync");
        Dataset generated = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(ITEMS);
        // every notice in this kiosk's community, so the kiosk really receives 5,000 of them
        List<Notice> notices = generated.notices().stream().limit(NOTICES).map(n -> new Notice(n.id(), SITE,
                n.templateId(), n.category(), n.title(), n.body(), n.fields(), n.period(), n.objectionContact(),
                n.issuer(), n.status(), n.origin(), n.author(), n.version(), n.updatedAt(), n.attachments())).toList();
        Dataset data = new Dataset(generated.domains(), generated.sites(), generated.items(), notices);
        try (SyncServer server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")),
                Clock.systemUTC())) {
            long importStart = System.nanoTime();
            server.importer().importDataset(data);
            System.out.printf("# server import of %d records: %.1f s%n", data.size(), (System.nanoTime() - importStart) / 1e9);
            server.start();
            URI uri = URI.create("http://127.0.0.1:" + server.port());

            try (Database kiosk = KioskDatabase.open(dir.resolve("kiosk"))) {
                SyncService sync = new SyncService(kiosk,
                        new PageApplier(new CatalogueStore(), new NoticeStore(), new SiteStore()),
                        new SyncSettings(uri, "bench-kiosk", KioskConfig.APP_VERSION, dir, SyncPaths.DEFAULT_PAGE_SIZE),
                        Clock.systemUTC());
                sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));

                long start = System.nanoTime();
                SyncResult initial = ok(sync.syncNow());
                double initialSeconds = (System.nanoTime() - start) / 1e9;
                long initialBytes = sync.client().bytesOnWire();
                BenchMain.report("sync.initial_items", ITEMS, "items");
                BenchMain.report("sync.initial_notices", NOTICES, "notices");
                BenchMain.report("sync.initial_seconds", initialSeconds, "s");
                BenchMain.report("sync.initial_bytes", initialBytes, "bytes");
                System.out.printf("# initial: %d pages, %d changes%n", initial.pages(), initial.changes());

                List<CatalogueItem> changed = new ArrayList<>();
                for (int i = 0; i < ITEMS / 100; i++) {
                    CatalogueItem it = generated.items().get(i * 100);
                    changed.add(new CatalogueItem(it.id(), it.kind(), it.domainCode(), it.serialNo(), it.level1(),
                            it.name() + "（" + (i % 7 + 1) + "月修订）", it.content(), it.basis(), it.timeLimit(),
                            it.responsibleBody(), it.channels(), it.audience(), it.method(), it.level(), it.onlineUrl(),
                            it.document(), it.links(), it.language(), it.version() + 1, it.updatedAt()));
                }
                server.importer().importDataset(new Dataset(List.of(), List.of(), changed, List.of()));
                long before = sync.client().bytesOnWire();
                start = System.nanoTime();
                ok(sync.syncNow());
                double deltaSeconds = (System.nanoTime() - start) / 1e9;
                long deltaBytes = sync.client().bytesOnWire() - before;
                BenchMain.report("sync.delta_seconds", deltaSeconds, "s");
                BenchMain.report("sync.delta_bytes", deltaBytes, "bytes");
                BenchMain.report("sync.delta_wire_ratio", (double) deltaBytes / gzipSize(changed), "x");

                before = sync.client().bytesOnWire();
                ok(sync.syncNow());
                BenchMain.report("sync.nochange_bytes", sync.client().bytesOnWire() - before, "bytes");
            }
            serverThroughput(server, uri, "");
            bundleImport(server, dir);
        }
        postgresThroughput(data, dir);
    }

    /** The same throughput run against a sync-server on PostgreSQL (127.0.0.1:5432/test, a fresh schema). */
    private void postgresThroughput(Dataset data, Path dir) throws Exception {
        String base = System.getProperty("zwgk.bench.pg", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "zwgk_bench_" + Long.toHexString(System.nanoTime());
        try (var c = java.sql.DriverManager.getConnection(base, "postgres", null); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            System.out.println("# PostgreSQL not reachable at " + base + " (" + e.getMessage() + "): no _pg figures");
            return;
        }
        try (SyncServer server = SyncServer.create(new ServerConfig("127.0.0.1", 0, dir.resolve("server-pg"),
                base + "?currentSchema=" + schema, "postgres", null, dir.resolve("server/keys")), Clock.systemUTC())) {
            long importStart = System.nanoTime();
            server.importer().importDataset(data);
            System.out.printf("# PostgreSQL import of %d records: %.1f s%n", data.size(),
                    (System.nanoTime() - importStart) / 1e9);
            server.start();
            serverThroughput(server, URI.create("http://127.0.0.1:" + server.port()), "_pg");
        } finally {
            try (var c = java.sql.DriverManager.getConnection(base, "postgres", null); var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** A bundle of the whole district catalogue and the site's notices, exported and imported by a fresh kiosk. */
    private void bundleImport(SyncServer server, Path dir) throws Exception {
        Path file = dir.resolve("usb").resolve(SITE + "-0.zwgkbundle");
        ServerConfig config = ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server"));
        long start = System.nanoTime();
        var export = SyncServer.bundleExporterFor(config, server.database(), Clock.systemUTC())
                .export(SITE, 0, file, cn.zwgk.server.bundle.BundleExporter.Progress.NONE);
        System.out.printf("# bundle export: %d changes, %d bytes, %.1f s%n", export.manifest().changeCount(),
                export.bytes(), (System.nanoTime() - start) / 1e9);
        URI uri = URI.create("http://127.0.0.1:" + server.port());
        try (Database kiosk = KioskDatabase.open(dir.resolve("kiosk-bundle"))) {
            SyncService sync = new SyncService(kiosk,
                    new PageApplier(new CatalogueStore(), new NoticeStore(), new SiteStore()),
                    new SyncSettings(uri, "bench-bundle", KioskConfig.APP_VERSION, dir.resolve("kiosk-bundle-data"),
                            SyncPaths.DEFAULT_PAGE_SIZE), Clock.systemUTC());
            // enrolment needs the network once; the data then comes only from the file
            Enrolment e = SyncJson.read(post(uri.resolve(SyncPaths.ENROL), SyncJson.write(new Enrolment.Request(
                    server.enrolment().issueCode(SITE, Duration.ofHours(1)), "bench-bundle"))), Enrolment.class);
            kiosk.useTransaction(c -> new cn.zwgk.kiosk.sync.KioskIdentityStore().save(c,
                    new cn.zwgk.kiosk.sync.KioskIdentity(e.kioskId(), e.siteCode(), e.token(), uri, e.publicKey(),
                            e.keyId()), java.time.Instant.now()));
            start = System.nanoTime();
            var result = sync.importBundle(file, "USB");
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!result.ok()) {
                throw new IllegalStateException("bundle import failed: " + result.message());
            }
            BenchMain.report("sync.bundle_items", ITEMS, "items");
            BenchMain.report("sync.bundle_bytes", export.bytes(), "bytes");
            BenchMain.report("sync.bundle_import_seconds", seconds, "s");
        }
    }

    /** N kiosks, each repeatedly fetching the 100 newest changes of its scope plus the confirming empty page. */
    private void serverThroughput(SyncServer server, URI uri, String suffix) throws Exception {
        // 100 fresh changes in every community's scope (district-wide catalogue changes count for all)
        List<Enrolment> kiosks = new ArrayList<>();
        for (int i = 0; i < SIMULATED_KIOSKS; i++) {
            String code = server.enrolment().issueCode(COMMUNITIES.get(i % COMMUNITIES.size()), Duration.ofHours(1));
            kiosks.add(SyncJson.read(post(uri.resolve(SyncPaths.ENROL),
                    SyncJson.write(new Enrolment.Request(code, "sim-" + i))), Enrolment.class));
        }
        long latest = server.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT MAX(seq) FROM change_log"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        long since = latest - 100;
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().executor(httpThreads).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(SIMULATED_KIOSKS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Enrolment kiosk : kiosks) {
            PageVerifier verifier = new PageVerifier(SigningKeys.decodePublic(kiosk.publicKey()));
            done.add(pool.submit(() -> {
                for (int i = 0; i < SYNCS_PER_KIOSK; i++) {
                    long t0 = System.nanoTime();
                    ChangePage page = fetch(http, uri, kiosk, since, verifier);
                    fetch(http, uri, kiosk, page.until(), verifier);
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        httpThreads.shutdown(); // its threads are not daemons: left running, the benchmark never exits
        List<Long> sorted = latencies.stream().sorted().toList();
        BenchMain.report("sync.server_kiosks" + suffix, SIMULATED_KIOSKS, "kiosks");
        BenchMain.report("sync.server_syncs_per_s" + suffix, sorted.size() / seconds, "syncs/s");
        BenchMain.report("sync.server_p99_ms" + suffix, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6, "ms");
    }

    private static ChangePage fetch(HttpClient http, URI uri, Enrolment kiosk, long since, PageVerifier verifier)
            throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri.resolve(SyncPaths.CHANGES + "?since=" + since
                + "&limit=500")).header("Authorization", "Bearer " + kiosk.token())
                .header(SyncPaths.HEADER_APP_VERSION, KioskVersions.MINIMUM).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode());
        }
        verifier.verify(r.body(), r.headers().firstValue(SyncPaths.HEADER_SIGNATURE).orElseThrow());
        return SyncJson.read(r.body(), ChangePage.class);
    }

    private static String post(URI uri, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long gzipSize(List<CatalogueItem> records) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (CatalogueItem r : records) {
                gzip.write(SyncJson.write(r).getBytes(StandardCharsets.UTF_8));
                gzip.write('\n');
            }
        }
        return bytes.size();
    }

    private static SyncResult ok(SyncResult result) {
        if (!result.ok()) {
            throw new IllegalStateException("sync failed: " + result.error());
        }
        return result;
    }
}
