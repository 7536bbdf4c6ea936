package cn.zwgk.bench;

import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.sync.PageApplier;
import cn.zwgk.kiosk.sync.SyncResult;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.sync.SyncSettings;
import cn.zwgk.core.sync.SyncPaths;
import java.time.Duration;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Initial sync of the demo data into an empty kiosk store over real HTTP on loopback: a server on
 * embedded Derby with the demo dataset, a fresh kiosk Derby per run. One warm-up, then the median of
 * {@value #RUNS} runs.
 */
final class SyncInitialBench implements BenchMain.Suite {
    private static final int RUNS = 5;

    @Override
    public void run() throws Exception {
        Path dir = Files.createTempDirectory("bench-sync");
        Dataset data = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(DemoDataGenerator.DEMO_ITEM_COUNT);
        try (SyncServer server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")),
                Clock.systemUTC())) {
            server.importer().importDataset(data);
            server.start();
            URI uri = URI.create("http://127.0.0.1:" + server.port());
            List<Double> seconds = new ArrayList<>();
            long bytes = 0;
            for (int run = 0; run <= RUNS; run++) {
                Path kioskDir = dir.resolve("kiosk-" + run);
                try (Database kiosk = KioskDatabase.open(kioskDir)) {
                    SyncService sync = new SyncService(kiosk,
                            new PageApplier(new CatalogueStore(), new NoticeStore(), new SiteStore()),
                            new SyncSettings(uri, "bench-kiosk-" + run, KioskConfig.APP_VERSION, kioskDir, SyncPaths.DEFAULT_PAGE_SIZE),
                            Clock.systemUTC());
                    sync.useEnrolmentCode(server.enrolment().issueCode("110199001001", Duration.ofHours(1)));
                    long start = System.nanoTime();
                    SyncResult result = sync.syncNow();
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    if (!result.ok()) {
                        throw new IllegalStateException("sync failed: " + result.error());
                    }
                    if (run > 0) { // run 0 warms up the JIT
                        seconds.add(elapsed);
                        bytes = sync.client().bytesOnWire();
                    }
                }
            }
            double median = BenchMain.median(seconds);
            BenchMain.report("sync-initial.items", data.items().size(), "items");
            BenchMain.report("sync-initial.records", data.size(), "records");
            BenchMain.report("sync-initial.seconds", median, "s");
            BenchMain.report("sync-initial.items_per_second", data.items().size() / median, "items/s");
            BenchMain.report("sync-initial.bytes", bytes, "bytes");
        }
    }
}
