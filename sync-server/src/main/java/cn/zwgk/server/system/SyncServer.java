package cn.zwgk.server.system;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.dataset.DatasetImporter;
import cn.zwgk.server.fleet.KioskRegistry;
import cn.zwgk.server.notice.NoticeStore;
import cn.zwgk.server.site.SiteStore;
import cn.zwgk.server.status.StatusHandler;
import cn.zwgk.server.sync.ChangeFeed;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.ChangesHandler;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The central sync-server: its database and its Jetty, assembled in one place. Lifecycle: {@link #create}
 * (opens and migrates the database, builds an unstarted Jetty) → {@link #start} → {@link #join} →
 * {@link #close}. A failed start leaves nothing running.
 *
 * <pre>
 * Server
 *  └─ GzipHandler                       compresses pages (JSON shrinks ~8×)
 *      └─ PathMappingsHandler
 *          ├─ /sync/v1/changes → ChangesHandler   change-log pages for kiosks
 *          ├─ /health          → HealthHandler    liveness incl. database
 *          └─ /                → StatusHandler    counts and kiosks seen (HTML)
 * </pre>
 */
public final class SyncServer implements AutoCloseable {
    private final Database database;
    private final Server jetty;
    private final DatasetImporter importer;

    private SyncServer(Database database, Server jetty, DatasetImporter importer) {
        this.database = database;
        this.jetty = jetty;
        this.importer = importer;
    }

    public static SyncServer create(ServerConfig config, Clock clock) {
        Database database = CentralDatabase.open(config);
        CatalogueStore catalogue = new CatalogueStore();
        NoticeStore notices = new NoticeStore();
        ChangeLogStore changeLog = new ChangeLogStore(clock);
        KioskRegistry kiosks = new KioskRegistry(database, clock);
        ChangeFeed feed = new ChangeFeed(database, changeLog);
        DatasetImporter importer = new DatasetImporter(database, catalogue, new SiteStore(), notices, changeLog);

        Server jetty = new Server(new QueuedThreadPool(50, 4));
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(config.host());
        connector.setPort(config.port());
        jetty.addConnector(connector);

        PathMappingsHandler routes = new PathMappingsHandler();
        routes.addMapping(PathSpec.from(SyncPaths.CHANGES), new ChangesHandler(feed, kiosks));
        routes.addMapping(PathSpec.from("/health"), new HealthHandler(feed));
        routes.addMapping(PathSpec.from("/"),
                new StatusHandler(database, catalogue, notices, changeLog, kiosks, ZoneId.of("Asia/Shanghai")));
        GzipHandler gzip = new GzipHandler(routes);
        gzip.setMinGzipSize(1024);
        jetty.setHandler(gzip);

        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        jetty.setErrorHandler(errors);
        jetty.setStopAtShutdown(false);
        return new SyncServer(database, jetty, importer);
    }

    /** The importer on its own, for the command line while no server runs on the same embedded database. */
    public static DatasetImporter importerFor(Database database, Clock clock) {
        return new DatasetImporter(database, new CatalogueStore(), new SiteStore(), new NoticeStore(),
                new ChangeLogStore(clock));
    }

    public void start() throws Exception {
        try {
            jetty.start();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    public URI uri() {
        return jetty.getURI();
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public DatasetImporter importer() {
        return importer;
    }

    public Database database() {
        return database;
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            database.close();
        }
    }
}
