package cn.zwgk.bench;

import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.catalogue.history.CatalogueHistoryStore;
import cn.zwgk.server.catalogue.importing.CatalogueImportService;
import cn.zwgk.server.catalogue.importing.ImportOptions;
import cn.zwgk.server.catalogue.importing.ImportPlan;
import cn.zwgk.server.catalogue.importing.ImportProgress;
import cn.zwgk.server.catalogue.importing.ImportResult;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Spreadsheet import of a {@value #ROWS}-row XLSX (published layout, 一级事项 merged over runs of 50 rows,
 * every other row in 繁體) into an empty central store on embedded Derby: the dry run (read + plan) and
 * the confirmed one-transaction write, timed separately; {@code import.rows_per_s} is rows over both.
 */
final class ImportBench implements BenchMain.Suite {
    private static final int ROWS = 10_000;
    private static final String DOMAIN = "social-insurance";
    private static final StaffSession EDITOR = new StaffSession("bench", "基准测试", Set.of(Role.CATALOGUE_EDITOR), null);

    @Override
    public void run() throws Exception {
        byte[] file = workbook();
        Path dir = Files.createTempDirectory("bench-import");
        Clock clock = Clock.systemUTC();
        try (SyncServer server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir), clock)) {
            server.importer().importDataset(new Dataset(List.of(new Domain(DOMAIN, "社会保险", 1)), List.of(),
                    List.of(), List.of()));
            CatalogueImportService imports = new CatalogueImportService(server.database(), new CatalogueStore(),
                    new ChangeLogStore(clock), new CatalogueHistoryStore(), new AuditLog(clock), clock);
            long start = System.nanoTime();
            ImportPlan plan = imports.preview(EDITOR, "bench.xlsx", file, ImportOptions.wholeList(DOMAIN),
                    ImportProgress.NONE);
            long planned = System.nanoTime();
            ImportResult result = imports.apply(EDITOR, plan, false, ImportProgress.NONE);
            long done = System.nanoTime();
            if (result.created() != ROWS) {
                throw new IllegalStateException("expected " + ROWS + " items, got " + plan.summary());
            }
            BenchMain.report("import.rows", ROWS, "rows");
            BenchMain.report("import.xlsx_kb", Math.round(file.length / 1024.0), "KiB");
            BenchMain.report("import.preview_seconds", (planned - start) / 1e9, "s");
            BenchMain.report("import.apply_seconds", (done - planned) / 1e9, "s");
            BenchMain.report("import.rows_per_s", ROWS / ((done - start) / 1e9), "rows/s");
        }
    }

    private static byte[] workbook() throws Exception {
        String[] header = {"序号", "一级事项", "二级事项", "公开内容(要素)", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                "公开对象", "公开方式", "公开层级"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("目录");
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= ROWS; i++) {
                boolean hant = i % 2 == 0;
                String[] v = {String.valueOf(i), (i - 1) % 50 == 0 ? "事项类别" + (i - 1) / 50 : null,
                        (hant ? "養老保險待遇申領" : "养老保险待遇申领") + i, "申领条件、所需材料、办理流程和结果",
                        "《中华人民共和国社会保险法》", "信息形成或者变更之日起20个工作日内", hant ? "區人力資源和社會保障局" : "区人力资源和社会保障局",
                        "政府网站、政务服务中心、社区公示栏", "全社会", "主动", "县级"};
                Row r = s.createRow(i);
                for (int c = 0; c < v.length; c++) {
                    if (v[c] != null) {
                        r.createCell(c).setCellValue(v[c]);
                    }
                }
                if ((i - 1) % 50 == 0) {
                    s.addMergedRegion(new CellRangeAddress(i, Math.min(ROWS, i + 49), 1, 1));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
