package cn.zwgk.server.catalogue.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DisclosureMethod;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.time.AppClock;
import cn.zwgk.server.TestDatabases;
import cn.zwgk.server.TestDatabases.Engine;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.catalogue.history.CatalogueHistoryStore;
import cn.zwgk.server.catalogue.importing.RealCatalogues.Entry;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogues districts really publish go in unchanged: XLSX with several sheets, old XLS, Word tables; 简体 and
 * 繁體; two- and three-row headers with merged cells and marks; and what is no catalogue is refused clearly with
 * nothing written.
 */
class RealCatalogueImportTest {
    static final String SOCIAL = "social-insurance";
    static final String JOBS = "employment";

    @TempDir
    Path dir;
    private SyncServer server;
    private ServerConfig config;
    private CatalogueImportService imports;

    private Database open(Engine engine) {
        config = TestDatabases.config(engine, dir);
        Clock clock = AppClock.forTests();
        server = SyncServer.create(config, clock);
        server.importer().importDataset(new Dataset(List.of(new Domain(SOCIAL, "社会保险", 1),
                new Domain(JOBS, "就业创业", 2)), List.of(), List.of(), List.of()));
        imports = new CatalogueImportService(server.database(), new CatalogueStore(), new ChangeLogStore(clock),
                new CatalogueHistoryStore(), new AuditLog(clock), clock);
        return server.database();
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
            TestDatabases.dropSchema(config);
        }
    }

    private ImportPlan preview(String name, byte[] file, String domain) {
        return imports.preview(CatalogueImportServiceTest.EDITOR, name, file,
                new ImportOptions(domain, Map.of(), true), ImportProgress.NONE);
    }

    /** Every entry became exactly the item it describes, in order, numbered 1..n in its domain. */
    private static void assertItems(List<ItemChange> changes, String domain, List<Entry> entries) {
        List<CatalogueItem> items = changes.stream().map(ItemChange::after).filter(i -> i.domainCode().equals(domain))
                .toList();
        assertThat(items).hasSize(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            CatalogueItem item = items.get(i);
            assertThat(item.level1()).isEqualTo(e.level1());
            assertThat(item.name()).isEqualTo(e.name());
            assertThat(item.level3()).isEqualTo(e.level3());
            assertThat(item.basis()).isEqualTo(e.basis());
            assertThat(item.timeLimit()).isEqualTo(e.timeLimit());
            assertThat(item.responsibleBodies()).isEqualTo(e.bodies());
            assertThat(item.channels()).as(item.name()).isEqualTo(e.channels());
            assertThat(item.audience()).isEqualTo(e.publicAudience() ? Audience.PUBLIC : Audience.SPECIFIC_GROUP);
            assertThat(item.method()).isEqualTo(e.proactive() ? DisclosureMethod.PROACTIVE : DisclosureMethod.ON_REQUEST);
            assertThat(item.levels()).as(item.name()).isEqualTo(e.levels());
            assertThat(item.serialNo()).isEqualTo(i + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anXlsxWithOneSheetPerDomainAndAnInstructionsSheetImportsWithZeroRejectionsAndTheDryRunIsWhatIsWritten(
            Engine engine) {
        Database db = open(engine);
        List<Entry> social = RealCatalogues.entries("社保", 8, false, false);
        List<Entry> jobs = RealCatalogues.entries("就业", 6, false, false);
        byte[] file = RealCatalogues.workbook(false, true, List.of("社会保险", "就业创业领域"), List.of(
                RealCatalogues.table("城东区社会保险领域基层政务公开标准目录", social, 2, false, false),
                RealCatalogues.table("城东区就业创业领域基层政务公开标准目录", jobs, 3, false, true)));

        ImportPlan plan = preview("城东区目录.xlsx", file, null);

        assertThat(plan.rejected()).isEmpty();
        assertItems(plan.created(), SOCIAL, social);
        assertItems(plan.created(), JOBS, jobs);
        assertThat(plan.domains()).containsExactlyInAnyOrder(SOCIAL, JOBS);
        assertThat(plan.sheets()).extracting(ImportPlan.SheetSummary::name, ImportPlan.SheetSummary::domainCode,
                ImportPlan.SheetSummary::created).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("填表说明", null, 0),
                        org.assertj.core.groups.Tuple.tuple("社会保险", SOCIAL, 8),
                        org.assertj.core.groups.Tuple.tuple("就业创业领域", JOBS, 6));
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("填表说明", "不是目录", "已跳过"))
                .anySatisfy(n -> assertThat(n).contains("注释"))
                .anySatisfy(n -> assertThat(n).contains("重新编号"));
        assertThat(plan.created()).filteredOn(c -> c.sheet().equals("社会保险")).first()
                .satisfies(c -> assertThat(c.rowNumber()).isEqualTo(4));

        imports.apply(CatalogueImportServiceTest.EDITOR, plan, false, ImportProgress.NONE);

        List<CatalogueItem> stored = db.inTransaction(new CatalogueStore()::allItems);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(plan.created().stream().map(ItemChange::after).toList());
        ImportPlan again = preview("城东区目录.xlsx", file, null);
        assertThat(again.created()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(again.retired()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(14);
    }

    @Test
    void anOldXlsWorkbookInTraditionalChineseWithALevel3ColumnImportsWithZeroRejections() {
        open(Engine.DERBY);
        List<Entry> social = RealCatalogues.entries("社保", 7, true, true);
        List<Entry> jobs = RealCatalogues.entries("就业", 5, false, true);
        byte[] file = RealCatalogues.workbook(true, true, List.of("社會保險", "就業創業"), List.of(
                RealCatalogues.table("城東區社會保險領域基層政務公開標準目錄", social, 3, true, true),
                RealCatalogues.table("城東區就業創業領域基層政務公開標準目錄", jobs, 2, true, false)));

        ImportPlan plan = preview("城東區目錄.xls", file, null);

        assertThat(plan.rejected()).isEmpty();
        assertItems(plan.created(), SOCIAL, social);
        assertItems(plan.created(), JOBS, jobs);
        assertThat(plan.created()).allSatisfy(c -> assertThat(c.after().language()).isEqualTo("zh-Hant"));
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("填表说明", "已跳过"));
    }

    @ParameterizedTest
    @EnumSource(value = Script.class)
    void aWordTableWithGridSpanAndVMergeImportsWithZeroRejectionsItsDomainTakenFromTheTitle(Script script) {
        open(Engine.DERBY);
        boolean t = script == Script.TRADITIONAL;
        List<Entry> jobs = RealCatalogues.entries("就业", 9, t, t);
        String title = t ? "城東區就業創業領域基層政務公開標準目錄" : "城东区就业创业领域基层政务公开标准目录";
        byte[] file = RealCatalogues.docx(title, RealCatalogues.table(title, jobs, t ? 3 : 2, t, t));

        ImportPlan plan = preview("就业目录.docx", file, null);

        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.sheets()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("表1");
            assertThat(s.domainCode()).isEqualTo(JOBS);
        });
        assertItems(plan.created(), JOBS, jobs);
    }

    enum Script { SIMPLIFIED, TRADITIONAL }

    @Test
    void oneSheetWithADomainColumnLevelsTypedAsWordsAndCheckedBoxesImports() {
        open(Engine.DERBY);
        List<String> header = List.of("序号", "領域", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体",
                "公开渠道和载体", "公开对象", "公开方式", "公开层级", "备注");
        List<List<String>> rows = List.of(
                List.of("1", "社会保险", "参保", "职工参保登记", "条件", "《社会保险法》", "及时公开", "区人社局\n各街道办事处",
                        "☑政府网站 ☐政府公报 ☑政务服务中心", "全社会", "主动", "县级、乡(镇)级", ""),
                List.of("1", "就業創業", "就業服務", "失業登記", "條件", "《就業促進法》", "及時公開", "區人社局",
                        "☑政府網站", "特定群體", "依申請", "鄉級、村級", "无"));
        ImportPlan plan = preview("全部领域.xlsx", CatalogueSheets.simpleXlsx(header, rows), null);

        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.created()).extracting(c -> c.after().domainCode()).containsExactly(SOCIAL, JOBS);
        CatalogueItem first = plan.created().getFirst().after();
        assertThat(first.responsibleBody()).isEqualTo("区人社局、各街道办事处");
        assertThat(first.channels()).containsExactly("政府网站", "政务服务中心");
        assertThat(first.levels()).containsExactly(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP);
        assertThat(plan.created().get(1).after().levels())
                .containsExactly(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE);
    }

    @Test
    void aRejectedRowNamesItsCellAndWhyAndTheOthersStillImport() {
        open(Engine.DERBY);
        List<Entry> social = RealCatalogues.entries("社保", 4, false, false);
        RealCatalogues.Table table = RealCatalogues.table("社会保险目录", social, 2, false, false);
        int width = table.rows().get(1).length;
        String[] firstData = table.rows().get(3);
        firstData[width - 4] = "x"; // 县级
        String[] second = table.rows().get(4);
        second[width - 4] = null;
        second[width - 3] = "○";
        second[width - 2] = null;
        byte[] file = RealCatalogues.workbook(false, false, List.of("社会保险"), List.of(table));

        ImportPlan plan = preview("社会保险.xlsx", file, null);

        assertThat(plan.rejected()).extracting(RejectedRow::sheet, RejectedRow::rowNumber).containsExactly(
                org.assertj.core.groups.Tuple.tuple("社会保险", 4), org.assertj.core.groups.Tuple.tuple("社会保险", 5));
        String column = org.apache.poi.ss.util.CellReference.convertNumToColString(width - 4);
        assertThat(plan.rejected().get(0).reason()).contains("单元格 " + column + "4", "公开层级/县级", "应打 √", "「x」");
        assertThat(plan.rejected().get(1).reason()).contains("「公开层级」没有打 √", column + "5 县级");
        assertThat(plan.created()).hasSize(2);
    }

    @Nested
    class Refused {
        private Database db;

        private void assertRefused(String name, byte[] file, String... message) {
            db = db == null ? open(Engine.DERBY) : db;
            long log = TestDatabases.count(db, "change_log");
            assertThatThrownBy(() -> preview(name, file, SOCIAL)).isInstanceOf(ImportException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains(message));
            assertThat(TestDatabases.count(db, "catalogue_item")).isZero();
            assertThat(TestDatabases.count(db, "change_log")).isEqualTo(log);
        }

        @Test
        void aWorkbookThatIsNoCatalogueNamesWhatWasExpected() {
            byte[] file = RealCatalogues.workbook(false, true, List.of(), List.of());
            assertRefused("说明.xlsx", file, "没有找到表头", "二级事项", "公开主体", "公开层级");
        }

        @Test
        void aMergeOverTheWholeSheetIsRefusedFast() throws IOException {
            // as a file declares it (POI itself refuses to build such a region)
            byte[] file = withSheet(s -> (s.getCTWorksheet().isSetMergeCells() ? s.getCTWorksheet().getMergeCells()
                    : s.getCTWorksheet().addNewMergeCells()).addNewMergeCell().setRef("A1:XFD1048576"));
            long start = System.nanoTime();
            assertRefused("大.xlsx", file, "A1:XFD1048576", "合并");
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        }

        @Test
        void contentAtTheFarCornerOfTheSheetIsRefusedFast() throws IOException {
            byte[] file = withSheet(s -> s.createRow(1_048_575).createCell(16_383).setCellValue("x"));
            assertRefused("远.xlsx", file, "XFD1048576", "超出");
        }

        @Test
        void encryptedOldWordWpsPdfAndUnknownFilesGetAClearMessage() throws Exception {
            byte[] xlsx = RealCatalogues.workbook(false, false, List.of("社会保险"),
                    List.of(RealCatalogues.table("目录", RealCatalogues.entries("社保", 2, false, false), 2, false, false)));
            assertRefused("加密.xlsx", encrypted(xlsx), "已加密");
            assertRefused("目录.doc", ole2("WordDocument"), "旧版 Word", ".docx");
            assertRefused("目录.wps", ole2("WordDocument"), "WPS", ".docx");
            assertRefused("目录.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1), "PDF");
            assertRefused("目录.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, "无法识别");
            assertRefused("目录.et", ole2("Something"), "无法识别");
            assertRefused("目录.docx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), "无法读取");
        }

        private byte[] withSheet(java.util.function.Consumer<XSSFSheet> change) throws IOException {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(RealCatalogues.workbook(false, false,
                    List.of("社会保险"), List.of(RealCatalogues.table("目录", RealCatalogues.entries("社保", 2, false, false),
                            2, false, false))))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                change.accept(wb.getSheetAt(0));
                wb.write(out);
                return out.toByteArray();
            }
        }

        private static byte[] encrypted(byte[] plain) throws Exception {
            try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
                Encryptor enc = info.getEncryptor();
                enc.confirmPassword("secret");
                try (OutputStream os = enc.getDataStream(fs)) {
                    os.write(plain);
                }
                fs.writeFilesystem(out);
                return out.toByteArray();
            }
        }

        private static byte[] ole2(String entry) throws IOException {
            try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                fs.createDocument(new ByteArrayInputStream(new byte[1024]), entry);
                fs.writeFilesystem(out);
                return out.toByteArray();
            }
        }
    }
}
