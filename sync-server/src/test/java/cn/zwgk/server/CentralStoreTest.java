package cn.zwgk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.dataset.DatasetFile;
import cn.zwgk.core.dataset.ImportFileException;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.TestDatabases.Engine;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.dataset.DatasetImporter;
import cn.zwgk.server.dataset.ImportReport;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import cn.zwgk.server.sync.ChangeFeed;
import cn.zwgk.server.sync.ChangeLogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The central store behaves the same on embedded Derby and on PostgreSQL. */
class CentralStoreTest {
    static final Dataset SMALL = new DemoDataGenerator(7).generate(300);

    @TempDir
    Path dir;
    private SyncServer server;
    private ServerConfig config;

    private SyncServer open(Engine engine) {
        config = TestDatabases.config(engine, dir);
        server = SyncServer.create(config, Clock.systemUTC());
        return server;
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
            TestDatabases.dropSchema(config);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void importWritesEveryRecordAndOneChangePerRecord(Engine engine) {
        SyncServer s = open(engine);
        ImportReport report = s.importer().importDataset(SMALL);

        assertThat(report.items()).isEqualTo(300);
        assertThat(TestDatabases.count(s.database(), "catalogue_item")).isEqualTo(300);
        assertThat(TestDatabases.count(s.database(), "notice")).isEqualTo(SMALL.notices().size());
        assertThat(TestDatabases.count(s.database(), "change_log")).isEqualTo(SMALL.size());
        assertThat(s.database().inTransaction(new CatalogueStore()::allItems))
                .containsExactlyInAnyOrderElementsOf(SMALL.items());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void pagesCoverTheLogOnceInOrder(Engine engine) {
        SyncServer s = open(engine);
        s.importer().importDataset(SMALL);
        ChangeFeed feed = new ChangeFeed(s.database(), new ChangeLogStore(Clock.systemUTC()),
                new cn.zwgk.server.site.SiteStore(), Clock.systemUTC());

        List<Change> all = new ArrayList<>();
        long since = 0;
        ChangePage page;
        int pages = 0;
        do {
            page = feed.pageSince(since, 97);
            page.requireContinues(since);
            all.addAll(page.changes());
            since = page.until();
            pages++;
        } while (page.hasMore() && pages < 100);

        assertThat(all).hasSize(SMALL.size());
        assertThat(page.latestSeq()).isEqualTo(since);
        assertThat(feed.pageSince(since, 97).changes()).isEmpty();
        List<CatalogueItem> items = all.stream().filter(c -> c.type() == RecordType.CATALOGUE_ITEM)
                .map(c -> SyncJson.convert(c.payload(), CatalogueItem.class)).toList();
        assertThat(items).containsExactlyElementsOf(SMALL.items());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reImportingChangedRecordsUpdatesThemAndAppendsToTheLog(Engine engine) {
        SyncServer s = open(engine);
        s.importer().importDataset(SMALL);
        CatalogueItem first = SMALL.items().getFirst();
        CatalogueItem renamed = new CatalogueItem(first.id(), first.kind(), first.domainCode(), first.serialNo(),
                first.level1(), "新名称：" + first.name(), first.content(), first.basis(), first.timeLimit(),
                first.responsibleBody(), first.channels(), first.audience(), first.method(), first.level(),
                first.onlineUrl(), first.document(), first.links(), first.language(), first.version() + 1,
                first.updatedAt());
        s.importer().importDataset(new Dataset(List.of(), List.of(), List.of(renamed), List.of()));

        assertThat(TestDatabases.count(s.database(), "catalogue_item")).isEqualTo(300);
        assertThat(TestDatabases.count(s.database(), "change_log")).isEqualTo(SMALL.size() + 1);
        assertThat(s.database().inTransaction(new CatalogueStore()::allItems)).contains(renamed).doesNotContain(first);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anImportFileWithABadRowImportsNothing(Engine engine) throws Exception {
        SyncServer s = open(engine);
        Path file = dir.resolve("bad.jsonl");
        DatasetFile.write(SMALL, file);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int badRow = lines.size() - 3;
        lines.set(badRow - 1, lines.get(badRow - 1).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"\""));
        Files.write(file, lines);
        DatasetImporter importer = s.importer();

        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("第 " + badRow + " 行：「标题」(title)：不能为空");
        assertThat(TestDatabases.count(s.database(), "catalogue_item")).isZero();
        assertThat(TestDatabases.count(s.database(), "change_log")).isZero();
    }
}
