package cn.zwgk.kiosk.search;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DisclosureMethod;
import cn.zwgk.core.catalogue.DocumentMetadata;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.catalogue.ItemKind;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.site.SiteLevel;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.sync.PageApplier;
import cn.zwgk.kiosk.system.KioskDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A kiosk Derby store in a temp dir with a search index beside it, and builders for test records. */
final class SearchFixture implements AutoCloseable {
    static final String SITE = "110105001001";
    static final String STREET = "110105001";
    static final String OTHER_SITE = "110105002001";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-11-23 10:00 in Beijing. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final Path dir;
    final Database database;
    final SearchStore store = new SearchStore();
    SearchIndexer indexer;
    SearchService service;
    private long seq;

    SearchFixture(Path dir) {
        this.dir = dir;
        this.database = KioskDatabase.open(dir.resolve("db"));
        database.useTransaction(c -> {
            CatalogueStore catalogue = new CatalogueStore();
            catalogue.putDomain(c, new Domain("social-insurance", "社会保险", 1));
            catalogue.putDomain(c, new Domain("civil-affairs", "民政", 2));
            SiteStore sites = new SiteStore();
            sites.put(c, new Site("110105", "城东区", SiteLevel.DISTRICT, null));
            sites.put(c, new Site(STREET, "朝阳门街道", SiteLevel.STREET, "110105"));
            sites.put(c, new Site(SITE, "朝阳门社区", SiteLevel.COMMUNITY, STREET));
            sites.put(c, new Site(OTHER_SITE, "东四社区", SiteLevel.COMMUNITY, STREET));
        });
    }

    Path indexDir() {
        return dir.resolve("search-index");
    }

    /** Opens the index (as the kiosk does at start-up) and waits for any rebuild to finish. */
    SearchService start() throws InterruptedException {
        indexer = new SearchIndexer(indexDir(), database, store);
        indexer.start();
        if (!indexer.awaitIdle(60, TimeUnit.SECONDS)) {
            throw new AssertionError("search index did not become ready: " + indexer.state());
        }
        service = new SearchService(database, store, indexer, SITE, CLOCK, ZONE);
        return service;
    }

    void stop() {
        if (indexer != null) {
            indexer.close();
            indexer = null;
        }
    }

    void put(CatalogueItem... items) {
        database.useTransaction(c -> {
            CatalogueStore catalogue = new CatalogueStore();
            for (CatalogueItem item : items) {
                catalogue.putItem(c, item);
            }
        });
    }

    void put(Notice... notices) {
        database.useTransaction(c -> {
            NoticeStore store = new NoticeStore();
            for (Notice notice : notices) {
                store.put(c, notice);
            }
        });
    }

    /** Writes the records to Derby and tells the index, as a committed sync page would. */
    void sync(List<Change> changes) {
        database.useTransaction(c -> new PageApplier(new CatalogueStore(), new NoticeStore(), new SiteStore())
                .applyAll(c, changes));
        long since = seq;
        seq += changes.size();
        indexer.pageCommitted(new ChangePage(SyncPaths.PROTOCOL_VERSION, since, seq, seq, false, changes, null));
    }

    Change upsert(CatalogueItem item) {
        return Change.upsert(seq + 1, RecordType.CATALOGUE_ITEM, item.id(), SyncJson.tree(item));
    }

    Change upsert(Notice notice) {
        return Change.upsert(seq + 1, RecordType.NOTICE, notice.id(), SyncJson.tree(notice));
    }

    Change deleteItem(String id) {
        return Change.delete(seq + 1, RecordType.CATALOGUE_ITEM, id);
    }

    static CatalogueItem item(String name, String content) {
        return item(name, content, "social-insurance", null);
    }

    static CatalogueItem item(String name, String content, String domain, DocumentMetadata document) {
        return new CatalogueItem(UUID.nameUUIDFromBytes((domain + name).getBytes()).toString(), ItemKind.ITEM, domain,
                1, "政策文件", name, content, "《中华人民共和国政府信息公开条例》", "信息形成或者变更之日起20个工作日内",
                "城东区人力资源和社会保障局", List.of("政府网站"), Audience.PUBLIC, DisclosureMethod.PROACTIVE,
                AdministrativeLevel.COUNTY, "https://www.example.gov.cn/zwgk/x", document, List.of(), "zh-Hans", 1,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    static DocumentMetadata document(String documentNo, String indexNo) {
        return new DocumentMetadata(indexNo, "城东区人民政府办公室", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5),
                documentNo, "综合政务\\政务公开", null, "面向全社会", "有效", null);
    }

    static Notice notice(String site, String title, String body, LocalDate start, LocalDate end, NoticeStatus status) {
        return new Notice(UUID.nameUUIDFromBytes((site + title).getBytes()).toString(), site, "public-notice", "公示",
                title, body, null, new PublicityPeriod(start, end), "社区居委会 010-12345678", "朝阳门社区居民委员会",
                status, NoticeOrigin.CENTRAL, "office", 1, Instant.parse("2026-11-01T00:00:00Z"), List.of());
    }

    @Override
    public void close() {
        stop();
        database.close();
    }
}
