package cn.zwgk.kiosk.system;

import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.catalogue.CatalogueService;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.sync.PageApplier;
import cn.zwgk.kiosk.sync.SyncClient;
import cn.zwgk.kiosk.sync.SyncScheduler;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.sync.SyncStateStore;
import java.net.URI;
import java.time.Clock;
import org.eclipse.jetty.server.Server;

/**
 * A running kiosk: Derby store, sync in the background, Vaadin UI on Jetty. Lifecycle: {@link #create}
 * → {@link #start} → {@link #close}. The UI starts whether or not the central server answers: residents
 * always see the last good data.
 */
public final class KioskApp implements AutoCloseable {
    private final Database database;
    private final SyncService sync;
    private final SyncScheduler scheduler;
    private final Server jetty;

    private KioskApp(Database database, SyncService sync, SyncScheduler scheduler, Server jetty) {
        this.database = database;
        this.sync = sync;
        this.scheduler = scheduler;
        this.jetty = jetty;
    }

    public static KioskApp create(KioskConfig config, Clock clock) throws Exception {
        Database database = KioskDatabase.open(config.derbyDirectory());
        try {
            SyncService sync = syncService(database, config, clock);
            KioskServices services = new KioskServices(config, clock,
                    new CatalogueService(database, new CatalogueStore()), sync);
            Server jetty = KioskWebServer.create(config, services);
            return new KioskApp(database, sync, new SyncScheduler(sync, config.syncInterval()), jetty);
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    /** The sync engine on its own (for tests and benchmarks that need no UI). */
    public static SyncService syncService(Database database, KioskConfig config, Clock clock) {
        CatalogueStore catalogue = new CatalogueStore();
        SyncClient client = new SyncClient(config.serverUri(), config.kioskId(), config.siteCode(),
                KioskConfig.APP_VERSION);
        return new SyncService(database, client, new PageApplier(catalogue, new NoticeStore(), new SiteStore()),
                new SyncStateStore(), clock);
    }

    public void start() throws Exception {
        try {
            jetty.start();
        } catch (Exception e) {
            close();
            throw e;
        }
        scheduler.start();
    }

    public URI uri() {
        return jetty.getURI();
    }

    public SyncService sync() {
        return sync;
    }

    @Override
    public void close() {
        scheduler.close();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            database.close();
        }
    }
}
