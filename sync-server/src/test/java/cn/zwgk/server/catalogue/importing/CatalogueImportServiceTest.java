package cn.zwgk.server.catalogue.importing;

import static cn.zwgk.server.catalogue.importing.CatalogueSheets.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.TestDatabases;
import cn.zwgk.server.TestDatabases.Engine;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.catalogue.history.CatalogueHistory;
import cn.zwgk.server.catalogue.history.CatalogueHistoryStore;
import cn.zwgk.server.catalogue.history.ChangeKind;
import cn.zwgk.server.catalogue.history.ItemVersion;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Spreadsheet import against a real central store, on Derby and on PostgreSQL. */
class CatalogueImportServiceTest {
    static final String DOMAIN = "social-insurance";
    static final StaffSession EDITOR = new StaffSession("zhang.editor", "张编辑", Set.of(Role.CATALOGUE_EDITOR), null);
    static final StaffSession HALL = new StaffSession("li.hall", "李大厅", Set.of(Role.HALL_STAFF), "110105001");

    @TempDir
    Path dir;
    private SyncServer server;
    private ServerConfig config;
    private CatalogueImportService imports;
    private CatalogueHistory history;

    private Database open(Engine engine) {
        config = TestDatabases.config(engine, dir);
        server = SyncServer.create(config, Clock.systemUTC());
        server.importer().importDataset(new Dataset(List.of(new Domain(DOMAIN, "社会保险", 1),
                new Domain("employment", "就业创业", 2)), List.of(), List.of(), List.of()));
        Clock clock = Clock.systemUTC();
        imports = new CatalogueImportService(server.database(), new CatalogueStore(), new ChangeLogStore(clock),
                new CatalogueHistoryStore(), new AuditLog(clock), clock);
        history = new CatalogueHistory(server.database(), new CatalogueHistoryStore());
        return server.database();
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
            TestDatabases.dropSchema(config);
        }
    }

    static List<List<String>> socialInsurance() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(1, "社会保险参保登记", "城乡居民基本养老保险参保登记", "信息形成或者变更之日起20个工作日内"));
        rows.add(row(2, "社会保险参保登记", "企业职工基本养老保险参保登记", "信息形成或者变更之日起20个工作日内"));
        rows.add(null);
        rows.add(row(3, "社会保险待遇", "失业保险金申领", "及时公开"));
        List<String> spaced = row(4, "社会保险待遇", "\u3000工伤保险\u3000待遇核定\u3000", "及时公开");
        spaced.set(6, "区人力资源和社会保障局\u3000\u3000");
        rows.add(spaced);
        rows.add(null);
        rows.add(null);
        return rows;
    }

    private List<CatalogueItem> items(Database db) {
        return db.inTransaction(new CatalogueStore()::allItems);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPublishedXlsxWithMergedCellsBlankRowsAndFullWidthSpacesImportsOnlyOnceConfirmed(Engine engine) {
        Database db = open(engine);
        byte[] file = CatalogueSheets.publishedXlsx("社会保险领域基层政务公开标准目录", socialInsurance(), true);
        long logBefore = TestDatabases.count(db, "change_log");
        List<String> stages = new ArrayList<>();

        ImportPlan plan = imports.preview(EDITOR, "社会保险.xlsx", file, ImportOptions.wholeList(DOMAIN),
                (stage, done, total) -> stages.add(stage));

        assertThat(plan.mapping().missing()).isEmpty();
        assertThat(plan.created()).hasSize(4);
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.blankRows()).as("the blank row between; the two at the end lie outside the used area").isEqualTo(1);
        assertThat(plan.created()).extracting(c -> c.after().level1())
                .containsExactly("社会保险参保登记", "社会保险参保登记", "社会保险待遇", "社会保险待遇");
        assertThat(plan.created().get(3).after().name()).isEqualTo("工伤保险 待遇核定");
        assertThat(plan.created().get(3).after().responsibleBody()).isEqualTo("区人力资源和社会保障局");
        assertThat(plan.created().get(3).rowNumber()).isEqualTo(8);
        assertThat(TestDatabases.count(db, "catalogue_item")).isZero();
        assertThat(TestDatabases.count(db, "change_log")).isEqualTo(logBefore);

        ImportResult result = imports.apply(EDITOR, plan, false, (stage, done, total) -> stages.add(stage));

        assertThat(result.created()).isEqualTo(4);
        assertThat(stages).contains("读取文件", "检查数据", "写入目录");
        List<CatalogueItem> stored = items(db);
        assertThat(stored).hasSize(4).allSatisfy(i -> {
            assertThat(i.domainCode()).isEqualTo(DOMAIN);
            assertThat(i.audience()).isEqualTo(Audience.PUBLIC);
            assertThat(i.levels()).containsExactly(AdministrativeLevel.COUNTY);
            assertThat(i.channels()).containsExactly("政府网站", "政务服务中心");
            assertThat(i.validate().isEmpty()).isTrue();
        });
        assertThat(TestDatabases.count(db, "change_log")).isEqualTo(logBefore + 4);
        assertThat(result.latestSeq()).isEqualTo(logBefore + 4);
        assertThat(TestDatabases.count(db, "catalogue_item_history")).isEqualTo(4);
        assertThat(auditLines(db)).singleElement().asString()
                .contains("zhang.editor", "PUBLISH", "catalogue:" + DOMAIN, "新增 4 项", "随夜间同步推送");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aReImportVersionsChangesRetiresMissingItemsAndKeepsTheHistory(Engine engine) {
        Database db = open(engine);
        imports.apply(EDITOR, imports.preview(EDITOR, "v1.xlsx",
                CatalogueSheets.publishedXlsx("目录", socialInsurance(), true), ImportOptions.wholeList(DOMAIN),
                ImportProgress.NONE), false, ImportProgress.NONE);
        CatalogueItem unemployment = items(db).stream().filter(i -> i.name().equals("失业保险金申领")).findFirst().orElseThrow();

        List<List<String>> second = new ArrayList<>(socialInsurance());
        second.set(3, row(3, "社会保险待遇", "失业保险金申领", "信息形成之日起5个工作日内"));
        second.remove(1);
        StaffSession admin = new StaffSession("wang.admin", "王管理员", Set.of(Role.CENTRAL_ADMIN), null);
        ImportPlan plan = imports.preview(admin, "v2.xlsx", CatalogueSheets.publishedXlsx("目录", second, true),
                ImportOptions.wholeList(DOMAIN), ImportProgress.NONE);

        assertThat(plan.created()).isEmpty();
        assertThat(plan.changed()).singleElement().satisfies(c -> {
            assertThat(c.before().id()).isEqualTo(unemployment.id());
            assertThat(c.changedFields()).containsExactly("公开时限");
            assertThat(c.after().version()).isEqualTo(2);
        });
        assertThat(plan.retired()).extracting(CatalogueItem::name).containsExactly("企业职工基本养老保险参保登记");
        assertThat(plan.unchanged()).isEqualTo(2);

        ImportResult result = imports.apply(admin, plan, true, ImportProgress.NONE);

        assertThat(result).isEqualTo(new ImportResult(0, 1, 1, 0, true, result.latestSeq()));
        assertThat(items(db)).hasSize(3).extracting(CatalogueItem::name).doesNotContain("企业职工基本养老保险参保登记");
        assertThat(changeRows(db, "WHERE urgent = TRUE")).containsExactlyInAnyOrder(
                "CATALOGUE_ITEM UPSERT " + unemployment.id(), "CATALOGUE_ITEM DELETE " + plan.retired().getFirst().id());
        List<ItemVersion> versions = history.of(EDITOR, unemployment.id());
        assertThat(versions).extracting(ItemVersion::kind).containsExactly(ChangeKind.CHANGED, ChangeKind.CREATED);
        assertThat(versions).extracting(ItemVersion::author).containsExactly("wang.admin", "zhang.editor");
        assertThat(versions).extracting(v -> v.item().timeLimit())
                .containsExactly("信息形成之日起5个工作日内", "及时公开");
        assertThat(versions.getFirst().source()).isEqualTo("导入：v2.xlsx");
        assertThat(history.of(EDITOR, plan.retired().getFirst().id()).getFirst().kind()).isEqualTo(ChangeKind.RETIRED);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void traditionalRowsMatchTheSimplifiedItemsAndAreKeptAsTyped(Engine engine) {
        Database db = open(engine);
        imports.apply(EDITOR, imports.preview(EDITOR, "v1.xlsx",
                CatalogueSheets.publishedXlsx("目录", socialInsurance(), false), ImportOptions.wholeList(DOMAIN),
                ImportProgress.NONE), false, ImportProgress.NONE);
        List<String> traditional = row(3, "社會保險待遇", "失業保險金申領", "及時公開");
        traditional.set(6, "區人力資源和社會保障局");
        traditional.set(8, "全社會");

        ImportPlan plan = imports.preview(EDITOR, "繁體.xlsx",
                CatalogueSheets.publishedXlsx("目錄", List.of(traditional), false),
                new ImportOptions(DOMAIN, Map.of(), false), ImportProgress.NONE);

        assertThat(plan.created()).isEmpty();
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.retired()).isEmpty();
        assertThat(plan.changed()).singleElement().satisfies(c -> {
            assertThat(c.before().name()).isEqualTo("失业保险金申领");
            assertThat(c.after().name()).isEqualTo("失業保險金申領");
            assertThat(c.after().language()).isEqualTo("zh-Hant");
            assertThat(c.after().audience()).isEqualTo(Audience.PUBLIC);
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void badRowsAreRejectedWithTheirRowNumberAndAChineseReasonWhileTheRestImport(Engine engine) {
        Database db = open(engine);
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(1, "参保登记", "城乡居民养老保险参保登记", "及时公开"));
        List<String> badAudience = row(2, "参保登记", "灵活就业人员参保登记", "及时公开");
        badAudience.set(8, "所有人");
        rows.add(badAudience);
        List<String> badLevel = row(3, "参保登记", "职工参保登记", "及时公开");
        badLevel.set(10, "省级、乡级");
        rows.add(badLevel);
        rows.add(row(4, "参保登记", "城乡居民养老保险参保登记", "及时公开"));
        List<String> noBody = row(5, "参保登记", "医疗保险参保登记", "及时公开");
        noBody.set(6, "\u3000");
        rows.add(noBody);
        rows.add(new ArrayList<>(List.of("二、社会保险待遇", "", "", "", "", "", "", "", "", "", "")));

        ImportPlan plan = imports.preview(EDITOR, "bad.xlsx", CatalogueSheets.simpleXlsx(CatalogueSheets.HEADER, rows),
                ImportOptions.wholeList(DOMAIN), ImportProgress.NONE);

        assertThat(plan.created()).extracting(c -> c.after().name()).containsExactly("城乡居民养老保险参保登记");
        assertThat(plan.rejected()).extracting(RejectedRow::rowNumber).containsExactly(3, 4, 5, 6, 7);
        assertThat(plan.rejected().get(0).reason()).contains("公开对象", "所有人");
        assertThat(plan.rejected().get(1).reason()).contains("公开层级", "省级");
        assertThat(plan.rejected().get(2).reason()).contains("与第 2 行重复");
        assertThat(plan.rejected().get(3).reason()).contains("公开主体", "不能为空");
        assertThat(plan.rejected().get(4).reason()).contains("分组标题");

        imports.apply(EDITOR, plan, false, ImportProgress.NONE);
        assertThat(items(db)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aGb18030CsvAndAUtf8CsvWithBomReadTheSame(Engine engine) {
        open(engine);
        List<List<String>> rows = new ArrayList<>(socialInsurance());
        rows.removeIf(r -> r == null);
        rows.add(row(9, "社會保險待遇", "醫療保險異地就醫備案", "及時公開"));

        ImportPlan gb = imports.preview(EDITOR, "目录.csv",
                CatalogueSheets.csv(rows, CsvSheet.GB18030, false), ImportOptions.wholeList(DOMAIN), ImportProgress.NONE);
        ImportPlan utf8 = imports.preview(EDITOR, "目录.csv",
                CatalogueSheets.csv(rows, StandardCharsets.UTF_8, true), ImportOptions.wholeList(DOMAIN),
                ImportProgress.NONE);

        assertThat(gb.rejected()).isEmpty();
        assertThat(gb.created()).extracting(c -> c.after().name()).containsExactly("城乡居民基本养老保险参保登记",
                "企业职工基本养老保险参保登记", "失业保险金申领", "工伤保险 待遇核定", "醫療保險異地就醫備案");
        assertThat(utf8.created()).extracting(c -> c.after().name())
                .containsExactlyElementsOf(gb.created().stream().map(c -> c.after().name()).toList());
        ImportPlan utf16 = imports.preview(EDITOR, "目录.txt", CatalogueSheets.csv(rows, StandardCharsets.UTF_16LE, true),
                ImportOptions.wholeList(DOMAIN), ImportProgress.NONE);
        assertThat(utf16.created()).as("Excel's Unicode text: UTF-16 with a byte order mark")
                .extracting(c -> c.after().name())
                .containsExactlyElementsOf(gb.created().stream().map(c -> c.after().name()).toList());
    }

    @Test
    void differentHeadersAreMappedBySynonymsAndTheRestByTheMappingStep() {
        open(Engine.DERBY);
        List<String> header = List.of("编号", "事项类别", "事项名称", "公开要素", "依据", "时限", "责任单位", "公开载体",
                "服务对象", "方式", "层级", "备注");
        List<List<String>> rows = List.of(new ArrayList<>(List.of("1", "就业服务", "失业登记", "登记条件", "《就业促进法》",
                "及时公开", "区人社局", "政府网站", "特定群体", "依申请", "乡(镇)级", "无")));
        byte[] file = CatalogueSheets.simpleXlsx(header, rows);

        ImportPlan first = imports.preview(EDITOR, "other.xlsx", file, ImportOptions.wholeList("employment"),
                ImportProgress.NONE);
        assertThat(first.mapping().missing()).containsExactly(Column.AUDIENCE);
        assertThat(first.mapping().headers()).contains("服务对象");
        assertThat(first.canApply()).isFalse();
        assertThatThrownBy(() -> imports.apply(EDITOR, first, false, ImportProgress.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("公开对象");

        ImportPlan mapped = imports.preview(EDITOR, "other.xlsx", file,
                new ImportOptions("employment", Map.of(Column.AUDIENCE, 8), true), ImportProgress.NONE);
        assertThat(mapped.created()).singleElement().satisfies(c -> {
            assertThat(c.after().audience()).isEqualTo(Audience.SPECIFIC_GROUP);
            assertThat(c.after().levels()).containsExactly(AdministrativeLevel.TOWNSHIP);
            assertThat(c.after().responsibleBody()).isEqualTo("区人社局");
        });
    }

    @Test
    void aPlanIsRefusedWhenTheCatalogueChangedAfterThePreviewAndNothingIsWritten() {
        Database db = open(Engine.DERBY);
        byte[] file = CatalogueSheets.publishedXlsx("目录", socialInsurance(), true);
        ImportPlan stale = imports.preview(EDITOR, "a.xlsx", file, ImportOptions.wholeList(DOMAIN), ImportProgress.NONE);
        imports.apply(EDITOR, imports.preview(EDITOR, "b.xlsx", file, ImportOptions.wholeList(DOMAIN),
                ImportProgress.NONE), false, ImportProgress.NONE);
        long log = TestDatabases.count(db, "change_log");

        assertThatThrownBy(() -> imports.apply(EDITOR, stale, false, ImportProgress.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("请重新预览");
        assertThat(items(db)).hasSize(4);
        assertThat(TestDatabases.count(db, "change_log")).isEqualTo(log);
    }

    @Test
    void staffWithoutACatalogueRoleAreRefusedOnTheServer() {
        open(Engine.DERBY);
        byte[] file = CatalogueSheets.publishedXlsx("目录", socialInsurance(), true);
        ImportPlan plan = imports.preview(EDITOR, "a.xlsx", file, ImportOptions.wholeList(DOMAIN), ImportProgress.NONE);

        assertThatThrownBy(() -> imports.preview(HALL, "a.xlsx", file, ImportOptions.wholeList(DOMAIN),
                ImportProgress.NONE)).isInstanceOf(AccessDeniedException.class).hasMessageContaining("目录编辑");
        assertThatThrownBy(() -> imports.apply(HALL, plan, false, ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.of(HALL, plan.created().getFirst().after().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unreadableFilesGetAClearMessage() {
        open(Engine.DERBY);
        assertThatThrownBy(() -> imports.preview(EDITOR, "x.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1),
                ImportOptions.wholeList(DOMAIN), ImportProgress.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("无法读取 Excel 文件");
        assertThatThrownBy(() -> imports.preview(EDITOR, "x.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8),
                ImportOptions.wholeList(DOMAIN), ImportProgress.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("没有找到表头");
        assertThatThrownBy(() -> imports.preview(EDITOR, "x.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, 0x0E},
                ImportOptions.wholeList(DOMAIN), ImportProgress.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("无法识别");
    }

    @Test
    void tenThousandRowsImportInOneTransaction() {
        Database db = open(Engine.DERBY);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            rows.add(row(i, "事项类别" + (i / 50), (i % 2 == 0 ? "養老保險事項" : "养老保险事项") + i, "及时公开"));
        }
        byte[] file = CatalogueSheets.publishedXlsx("大目录", rows, true);
        long start = System.nanoTime();
        ImportPlan plan = imports.preview(EDITOR, "big.xlsx", file, ImportOptions.wholeList(DOMAIN), ImportProgress.NONE);
        ImportResult result = imports.apply(EDITOR, plan, false, ImportProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(plan.rejected()).isEmpty();
        assertThat(result.created()).isEqualTo(10_000);
        assertThat(TestDatabases.count(db, "catalogue_item")).isEqualTo(10_000);
        assertThat(items(db)).filteredOn(i -> i.name().equals("養老保險事項100"))
                .singleElement().satisfies(i -> assertThat(i.level1()).isEqualTo("事项类别2"));
        // A guard against a pathological slowdown, not a benchmark (bench/run.sh import measures the rate).
        assertThat(seconds).as("10,000 rows, preview + apply").isLessThan(300);
    }

    private static List<String> auditLines(Database db) {
        return db.inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT actor, action_code, target, detail FROM audit_log")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            return out;
        });
    }

    private static List<String> changeRows(Database db, String where) {
        return db.inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT record_type, op, record_id FROM change_log " + where)) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3).strip());
                }
            }
            return out;
        });
    }
}
