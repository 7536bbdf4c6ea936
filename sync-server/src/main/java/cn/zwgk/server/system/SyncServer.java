package cn.zwgk.server.system;

import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.backup.BackupService;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.staff.LockoutPolicy;
import cn.zwgk.server.attachment.AttachmentHandler;
import cn.zwgk.server.attachment.AttachmentIntake;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.audit.AuditService;
import cn.zwgk.server.catalogue.CatalogueEditor;
import cn.zwgk.server.catalogue.history.CatalogueHistoryStore;
import cn.zwgk.server.catalogue.importing.CatalogueImportService;
import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.server.calendar.CalendarService;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.notice.NoticeDesk;
import cn.zwgk.server.report.TimelinessService;
import cn.zwgk.server.console.ConsoleWebApp;
import cn.zwgk.server.fleet.FleetService;
import cn.zwgk.server.staff.StaffService;
import cn.zwgk.server.staff.StaffStore;
import cn.zwgk.core.sync.PageSigner;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.dataset.DatasetImporter;
import cn.zwgk.server.fleet.InventoryHandler;
import cn.zwgk.server.fleet.KioskRegistry;
import cn.zwgk.server.notice.KioskNotices;
import cn.zwgk.server.notice.NoticeIntake;
import cn.zwgk.server.notice.NoticeRefusals;
import cn.zwgk.server.notice.NoticeStore;
import cn.zwgk.server.request.RequestModule;
import cn.zwgk.server.security.CentralKeys;
import cn.zwgk.server.security.EnrolHandler;
import cn.zwgk.server.security.EnrolmentService;
import cn.zwgk.server.security.KioskAuthHandler;
import cn.zwgk.server.security.RotateHandler;
import cn.zwgk.server.site.SiteStore;
import cn.zwgk.server.status.StatusHandler;
import cn.zwgk.server.sync.ChangeFeed;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.ChangesHandler;
import cn.zwgk.server.sync.KioskVersionGate;
import cn.zwgk.server.sync.UrgentHandler;
import cn.zwgk.server.template.TemplateDesk;
import cn.zwgk.server.template.TemplateStore;
import cn.zwgk.server.metrics.FleetGauges;
import cn.zwgk.server.metrics.MetricsHandler;
import cn.zwgk.server.metrics.SyncMetrics;
import cn.zwgk.server.upload.UploadHandler;
import cn.zwgk.server.upload.UploadService;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The central sync-server: its database, signing key and Jetty, assembled in one place. Lifecycle:
 * {@link #create} (opens and migrates the database, loads or creates the key, builds an unstarted Jetty)
 * → {@link #start} → {@link #join} → {@link #close}. A failed start leaves nothing running.
 *
 * <pre>
 * Server
 *  └─ GzipHandler                                   compresses responses (JSON shrinks ~8×)
 *      └─ TimedHandler → KioskVersionGate → PathMappingsHandler  (counts and times every request for /metrics;
 *                                      426 on /sync/v1 to kiosks below KioskVersions.MINIMUM)
 *          ├─ /sync/v1/enrol      → EnrolHandler                      one-time code → credential + key
 *          ├─ /sync/v1/changes    → KioskAuthHandler → ChangesHandler   scoped, signed pages
 *          ├─ /sync/v1/urgent     → KioskAuthHandler → UrgentHandler    the light poll
 *          ├─ /sync/v1/inventory  → KioskAuthHandler → InventoryHandler kiosk report
 *          ├─ /sync/v1/uploads/*  → KioskAuthHandler → UploadHandler    idempotent uploads
 *          ├─ /sync/v1/credential → KioskAuthHandler → RotateHandler    new credential
 *          ├─ /sync/v1/attachments/* → KioskAuthHandler → AttachmentHandler  files by SHA-256 (GET; PUT up)
 *          ├─ /sync/v1/*          → KioskAuthHandler → NotFoundHandler  (401 before 404)
 *          ├─ /health          → HealthHandler       ok/warn/fail: database, disk, fleet (503 on fail)
 *          ├─ /metrics         → MetricsHandler      Prometheus: requests, latencies, errors, fleet lag
 *          ├─ /console/*       → ConsoleWebApp       staff console (Vaadin), when enabled
 *          └─ /                → StatusHandler       counts and the fleet (HTML)
 * </pre>
 */
public final class SyncServer implements AutoCloseable {
    /** Dates and times on staff screens; the legal dates of this system are China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Database database;
    private final Server jetty;
    private final DatasetImporter importer;
    private final EnrolmentService enrolment;
    private final ConsoleServices console;
    private final RequestModule requests;
    private final BackupService backups;

    private SyncServer(Database database, Server jetty, DatasetImporter importer, EnrolmentService enrolment,
            ConsoleServices console, RequestModule requests, BackupService backups) {
        this.backups = backups;
        this.requests = requests;
        this.database = database;
        this.jetty = jetty;
        this.importer = importer;
        this.enrolment = enrolment;
        this.console = console;
    }

    /** The sync API and status page only (kiosk tests run it in-process beside the kiosk's own Vaadin). */
    public static SyncServer create(ServerConfig config, Clock clock) {
        return create(config, clock, false);
    }

    /** @param console also serve the staff console (Vaadin) at {@code /console} */
    public static SyncServer create(ServerConfig config, Clock clock, boolean console) {
        Database database = CentralDatabase.open(config);
        try {
            return assemble(config, clock, database, console);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static SyncServer assemble(ServerConfig config, Clock clock, Database database, boolean console) {
        PageSigner signer = new PageSigner(CentralKeys.loadOrCreate(config.keyDir()));
        CatalogueStore catalogue = new CatalogueStore();
        NoticeStore notices = new NoticeStore();
        SiteStore sites = new SiteStore();
        ChangeLogStore changeLog = new ChangeLogStore(clock);
        KioskRegistry kiosks = new KioskRegistry(database, clock);
        ChangeFeed feed = new ChangeFeed(database, changeLog, sites, clock);
        EnrolmentService enrolment = new EnrolmentService(database, sites, signer, clock);
        DatasetImporter importer = new DatasetImporter(database, catalogue, sites, notices, changeLog,
                new TemplateStore(clock));
        NoticeIntake intake = new NoticeIntake(notices, changeLog);
        AuditLog audit = new AuditLog(clock);
        TemplateDesk templates = new TemplateDesk(database, new TemplateStore(clock), notices, importer, audit,
                TemplateCatalog.builtIn());
        RequestModule requests = RequestModule.create(database, changeLog, new AuditLog(clock), attachments(config),
                config.keyDir(), null, clock, ZONE);

        Server jetty = new Server(new QueuedThreadPool(50, 4));
        ServerConnector connector = config.tlsKeystore() == null ? new ServerConnector(jetty)
                : tlsConnector(jetty, config);
        connector.setHost(config.host());
        connector.setPort(config.port());
        jetty.addConnector(connector);

        // Each kiosk endpoint sits behind its own KioskAuthHandler (nested PathMappingsHandlers lose the path).
        PathMappingsHandler routes = new PathMappingsHandler();
        routes.addMapping(PathSpec.from(SyncPaths.ENROL), new EnrolHandler(enrolment));
        routes.addMapping(PathSpec.from(SyncPaths.CHANGES),
                new KioskAuthHandler(enrolment, new ChangesHandler(feed, kiosks, signer)));
        routes.addMapping(PathSpec.from(SyncPaths.URGENT), new KioskAuthHandler(enrolment, new UrgentHandler(feed)));
        routes.addMapping(PathSpec.from(SyncPaths.INVENTORY),
                new KioskAuthHandler(enrolment, new InventoryHandler(kiosks)));
        routes.addMapping(PathSpec.from(SyncPaths.UPLOADS + "/*"),
                new KioskAuthHandler(enrolment, new UploadHandler(new UploadService(database,
                        new KioskNotices(database, notices, templates, clock), intake, requests.intake(),
                        attachments(config), clock))));
        routes.addMapping(PathSpec.from(SyncPaths.ROTATE), new KioskAuthHandler(enrolment, new RotateHandler(enrolment)));
        routes.addMapping(PathSpec.from(SyncPaths.ATTACHMENTS + "/*"),
                new KioskAuthHandler(enrolment, new AttachmentHandler(attachments(config),
                        new AttachmentIntake(attachments(config), cn.zwgk.board.edit.ImageCheck.DEFAULT_MAX_BYTES))));
        routes.addMapping(PathSpec.from(SyncPaths.V1 + "/*"), new KioskAuthHandler(enrolment, new NotFoundHandler()));
        SyncMetrics metrics = new SyncMetrics();
        FleetGauges fleet = new FleetGauges(database, clock);
        fleet.bindTo(metrics.registry());
        BackupService backups = cn.zwgk.server.backup.ServerBackup.service(config, database, clock, ZONE);
        // operational details (status page, metrics, detailed health) for loopback and the monitoring hosts only
        cn.zwgk.server.security.OperatorAccess operators = cn.zwgk.server.security.OperatorAccess.fromEnvironment();
        routes.addMapping(PathSpec.from("/health"), HealthHandler.standard(config, database, feed, fleet, clock)
                .with(new cn.zwgk.core.backup.BackupProbe(backups, clock)).detailsFor(operators));
        routes.addMapping(PathSpec.from("/metrics"),
                new cn.zwgk.server.security.OperatorOnlyHandler(operators, new MetricsHandler(metrics)));
        ConsoleServices consoleServices = null;
        if (console) {
            CatalogueHistoryStore history = new CatalogueHistoryStore();
            consoleServices = new ConsoleServices(staffFor(database, clock), new AuditService(database, audit),
                    new FleetService(database, kiosks, enrolment, changeLog, audit, clock), requests,
                    new CatalogueEditor(database, catalogue, history, changeLog, audit, clock),
                    new CatalogueImportService(database, catalogue, changeLog, history, audit, clock),
                    new TimelinessService(database, catalogue), bundleExporterFor(config, database, clock),
                    new NoticeDesk(database, notices, intake, sites, changeLog, audit, templates, clock, ZONE),
                    new NoticeRefusals(database, audit, clock), CalendarService.create(database, clock, requests::calendarSaved), templates,
                    ZONE, clock);
            routes.addMapping(PathSpec.from(ConsoleWebApp.PATH + "/*"), ConsoleWebApp.create(consoleServices));
        }
        routes.addMapping(PathSpec.from("/"), new cn.zwgk.server.security.OperatorOnlyHandler(operators,
                new StatusHandler(database, catalogue, notices, changeLog, kiosks, intake, ZONE, clock)));
        GzipHandler gzip = new GzipHandler(metrics.instrument(new KioskVersionGate(routes)));
        gzip.setMinGzipSize(1024);
        jetty.setHandler(gzip);

        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        jetty.setErrorHandler(errors);
        jetty.setStopAtShutdown(false);
        return new SyncServer(database, jetty, importer, enrolment, consoleServices, requests, backups);
    }

    /** HTTPS with the certificate in a PKCS#12 keystore (TLS 1.2+, Jetty's default cipher selection). */
    private static ServerConnector tlsConnector(Server jetty, ServerConfig config) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(config.tlsKeystore().toAbsolutePath().toString());
        tls.setKeyStorePassword(config.tlsPassword());
        tls.setKeyStoreType("PKCS12");
        HttpConfiguration https = new HttpConfiguration();
        https.addCustomizer(new SecureRequestCustomizer());
        return new ServerConnector(jetty, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(https));
    }

    /** Attachments stored by SHA-256 under {@code dataDir/attachments} (share it between server nodes). */
    public static AttachmentFiles attachments(ServerConfig config) {
        return new AttachmentFiles(config.dataDir().resolve("attachments"));
    }

    /** The importer on its own, for the command line while no server runs on the same embedded database. */
    public static DatasetImporter importerFor(Database database, Clock clock) {
        return new DatasetImporter(database, new CatalogueStore(), new SiteStore(), new NoticeStore(),
                new ChangeLogStore(clock), new TemplateStore(clock));
    }

    /** The catalogue import (console and {@code import-catalogue}), for the command line. */
    public static CatalogueImportService catalogueImportFor(Database database, Clock clock) {
        return new CatalogueImportService(database, new CatalogueStore(), new ChangeLogStore(clock),
                new CatalogueHistoryStore(), new AuditLog(clock), clock);
    }

    /** Staff accounts and logins, for the console and the command line. */
    public static StaffService staffFor(Database database, Clock clock) {
        return new StaffService(database, new StaffStore(), new ChangeLogStore(clock), new AuditLog(clock),
                LockoutPolicy.standard(), clock);
    }

    /** Bundle files for sites without a network (command line and console), see docs/SYNC.md. */
    public static cn.zwgk.server.bundle.BundleExporter bundleExporterFor(ServerConfig config, Database database,
            Clock clock) {
        ChangeLogStore changeLog = new ChangeLogStore(clock);
        return new cn.zwgk.server.bundle.BundleExporter(database, new ChangeFeed(database, changeLog, new SiteStore(),
                clock), new SiteStore(), new PageSigner(CentralKeys.loadOrCreate(config.keyDir())), attachments(config),
                new cn.zwgk.server.audit.AuditLog(clock), clock);
    }

    /** Tombstone purge up to what every active kiosk acknowledged. */
    public static cn.zwgk.server.sync.TombstoneHorizon tombstoneHorizonFor(Database database, Clock clock) {
        return new cn.zwgk.server.sync.TombstoneHorizon(database, new ChangeLogStore(clock), clock);
    }

    /** Hard delete of a record published by mistake (central administrator, audited). */
    public static cn.zwgk.server.sync.HardDelete hardDeleteFor(ServerConfig config, Database database, Clock clock) {
        return new cn.zwgk.server.sync.HardDelete(database, new ChangeLogStore(clock),
                new cn.zwgk.server.audit.AuditLog(clock), attachments(config));
    }

    /** Notice conflicts on their own (resolve), for the command line. */
    public static NoticeIntake noticeIntakeFor(Clock clock) {
        return new NoticeIntake(new NoticeStore(), new ChangeLogStore(clock));
    }

    /** Enrolment on its own (issue codes, revoke), for the command line. */
    public static EnrolmentService enrolmentFor(ServerConfig config, Database database, Clock clock) {
        return new EnrolmentService(database, new SiteStore(),
                new PageSigner(CentralKeys.loadOrCreate(config.keyDir())), clock);
    }

    public void start() throws Exception {
        try {
            jetty.start();
            requests.start();
            backups.start();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** The server's root URI (Jetty's own {@code getURI()} names the first web context, e.g. /console). */
    public URI uri() {
        String scheme = jetty.getURI().getScheme();
        return URI.create(scheme + "://" + jetty.getURI().getHost() + ":" + port() + "/");
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public DatasetImporter importer() {
        return importer;
    }

    /** The console's services, or null when the server was created without the console. */
    public ConsoleServices consoleServices() {
        return console;
    }

    /** The request desk, reminders and annual report (for the console and tests). */
    public RequestModule requests() {
        return requests;
    }

    /** Nightly and on-demand backups; {@code backups().status()} for health and the console. */
    public BackupService backups() {
        return backups;
    }

    public EnrolmentService enrolment() {
        return enrolment;
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
            backups.close();
            requests.close();
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            database.close();
        }
    }
}
