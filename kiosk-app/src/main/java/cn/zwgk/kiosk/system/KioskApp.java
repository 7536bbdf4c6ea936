package cn.zwgk.kiosk.system;

import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.backup.BackupService;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.catalogue.CatalogueService;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeService;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.search.SearchIndexer;
import cn.zwgk.kiosk.search.SearchService;
import cn.zwgk.kiosk.search.SearchStore;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.sync.PageApplier;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.kiosk.sync.SyncScheduler;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.sync.SyncSchedule;
import cn.zwgk.kiosk.sync.SyncSettings;
import java.net.URI;
import java.time.Clock;
import java.util.List;
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
    private final SearchIndexer searchIndex;
    private final BackupService backups;

    private KioskApp(Database database, SyncService sync, SyncScheduler scheduler, Server jetty,
            SearchIndexer searchIndex, BackupService backups) {
        this.backups = backups;
        this.database = database;
        this.sync = sync;
        this.scheduler = scheduler;
        this.jetty = jetty;
        this.searchIndex = searchIndex;
    }

    public static KioskApp create(KioskConfig config, Clock clock) throws Exception {
        Database database = KioskDatabase.open(config.derbyDirectory());
        try {
            SearchIndexer searchIndex = searchIndexer(database, config);
            KioskServices services = services(database, config, clock, searchIndex);
            SyncService sync = services.sync();
            BackupService backups = cn.zwgk.kiosk.backup.KioskBackup.service(database, config, clock);
            Server jetty = KioskWebServer.create(config, services, KioskHealth.standard(database, services)
                    .with(new cn.zwgk.core.backup.BackupProbe(backups, clock)));
            SyncScheduler scheduler = new SyncScheduler(sync, SyncSchedule.defaults(config.syncInterval(), config.zone()),
                    config.kioskId(), clock);
            return new KioskApp(database, sync, scheduler, jetty, searchIndex, backups);
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    /** Everything the screens use, over an open kiosk database (also what view tests build their screens on). */
    public static KioskServices services(Database database, KioskConfig config, Clock clock) {
        return services(database, config, clock, searchIndexer(database, config));
    }

    /**
     * The same over a given search index, which follows every committed sync page. Until the index is
     * {@linkplain SearchIndexer#start() started}, search answers from Derby.
     */
    public static KioskServices services(Database database, KioskConfig config, Clock clock, SearchIndexer searchIndex) {
        SyncService sync = syncService(database, config, clock);
        sync.addPageListener(searchIndex);
        cn.zwgk.kiosk.request.RequestService requests = requestService(database, config, clock, sync);
        sync.addPageListener(page -> requests.purgeExpired());
        cn.zwgk.kiosk.board.BoardService board = boardService(database, config, clock, sync);
        SearchService search = new SearchService(database, new SearchStore(), searchIndex, config.siteCode(), clock,
                config.zone());
        return new KioskServices(config, clock, new CatalogueService(database, new CatalogueStore()),
                sync, noticeService(database, config, clock), search,
                requests, staffService(database, config, clock), board, noticeEditor(database, config, clock, sync, board),
                new cn.zwgk.kiosk.print.PrintService(database, new SiteStore(), search, sync,
                        cn.zwgk.kiosk.print.PrintSettings.resolve(), config.siteCode(), clock, config.zone()));
    }

    /** Staff login at this kiosk: synced accounts, Argon2id, lockout counted in Derby, idle logout. */
    public static cn.zwgk.kiosk.staff.StaffService staffService(Database database, KioskConfig config, Clock clock) {
        return new cn.zwgk.kiosk.staff.StaffService(database, new cn.zwgk.kiosk.staff.StaffStore(), new SiteStore(),
                config.siteCode(), clock, config.zone(), cn.zwgk.core.staff.LockoutPolicy.standard(),
                cn.zwgk.kiosk.board.BoardSettings.resolve().staffIdle());
    }

    /** The community's board screen: today's notices by the kiosk's clock, rendered with their template versions. */
    public static cn.zwgk.kiosk.board.BoardService boardService(Database database, KioskConfig config, Clock clock,
            SyncService sync) {
        return new cn.zwgk.kiosk.board.BoardService(database, new cn.zwgk.kiosk.board.BoardStore(), new SiteStore(),
                new cn.zwgk.kiosk.board.TemplateVersionStore(), config.siteCode(), clock, config.zone(),
                cn.zwgk.kiosk.board.BoardSettings.resolve(), sha -> sync.attachments().path(sha).map(p -> {
                    try {
                        return java.nio.file.Files.readAllBytes(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
    }

    /** Community staff's notice editor: publishes offline into the notice table and the sync outbox. */
    public static cn.zwgk.kiosk.board.NoticeEditorService noticeEditor(Database database, KioskConfig config, Clock clock,
            SyncService sync, cn.zwgk.kiosk.board.BoardService board) {
        return new cn.zwgk.kiosk.board.NoticeEditorService(database, new NoticeStore(), new cn.zwgk.kiosk.board.NoticeDeskStore(),
                new cn.zwgk.kiosk.board.BoardStore(), new cn.zwgk.kiosk.sync.OutboxStore(
                        cn.zwgk.kiosk.sync.OutboxCipher.forDataDir(config.dataDir())), board, sync.attachments(), clock);
    }

    /** Information requests: filed offline into the sealed outbox, status look-ups, purge after acknowledgement. */
    public static cn.zwgk.kiosk.request.RequestService requestService(Database database, KioskConfig config, Clock clock,
            SyncService sync) {
        return new cn.zwgk.kiosk.request.RequestService(database, new cn.zwgk.kiosk.request.RequestStore(),
                new cn.zwgk.kiosk.sync.OutboxStore(cn.zwgk.kiosk.sync.OutboxCipher.forDataDir(config.dataDir())),
                config.kioskId(), config.siteCode(), config.zone(), clock, sync::clockDriftMillis,
                cn.zwgk.kiosk.request.RequestSettings.resolve(sync.clockCheck().threshold()));
    }

    /** The kiosk's search index under {@link KioskConfig#searchIndexDirectory()}, not yet opened. */
    public static SearchIndexer searchIndexer(Database database, KioskConfig config) {
        return new SearchIndexer(config.searchIndexDirectory(), database, new SearchStore());
    }

    /** The 居务公开 of the kiosk's site; categories listed in the board templates' order. */
    public static NoticeService noticeService(Database database, KioskConfig config, Clock clock) {
        List<String> categories = TemplateCatalog.builtIn().all().stream().map(NoticeTemplate::category).distinct().toList();
        return new NoticeService(database, new NoticeStore(), new SiteStore(), config.siteCode(), clock, config.zone(),
                categories);
    }

    /** The sync engine on its own (for tests and benchmarks that need no UI). */
    public static SyncService syncService(Database database, KioskConfig config, Clock clock) {
        SyncSettings settings = new SyncSettings(config.serverUri(), config.kioskId(), KioskConfig.APP_VERSION,
                config.dataDir(), SyncPaths.DEFAULT_PAGE_SIZE, config.siteCode(),
                cn.zwgk.kiosk.sync.OfflineSettings.resolve());
        return new SyncService(database, new PageApplier(new CatalogueStore(), new NoticeStore(), new SiteStore()),
                settings, clock);
    }

    public void start() throws Exception {
        searchIndex.start(); // never fails for a bad index: rebuilds in the background, search falls back
        try {
            jetty.start();
        } catch (Exception e) {
            close();
            throw e;
        }
        scheduler.start();
        backups.start();
    }

    /** Nightly and on-demand backups; {@code backups().status()} for health and the staff screens. */
    public BackupService backups() {
        return backups;
    }

    public URI uri() {
        return jetty.getURI();
    }

    public SyncService sync() {
        return sync;
    }

    @Override
    public void close() {
        backups.close();
        scheduler.close();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            searchIndex.close();
            database.close();
        }
    }
}
