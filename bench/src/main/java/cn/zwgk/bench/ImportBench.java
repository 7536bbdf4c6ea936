package cn.zwgk.bench;

import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.catalogue.importing.CatalogueImportService;
import cn.zwgk.server.catalogue.importing.ImportOptions;
import cn.zwgk.server.catalogue.importing.ImportPlan;
import cn.zwgk.server.catalogue.importing.ImportProgress;
import cn.zwgk.server.catalogue.importing.ImportResult;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Catalogue import of the largest district catalogue in DOMAIN.md: {@value #ROWS} rows in nine lists, one XLSX
 * sheet per domain (named after it) in the layout districts publish — title row, two-row header with 公开事项 over
 * 一级/二级事项 and 公开对象/公开方式/公开层级 split into marked sub-columns, 一级事项 merged over runs of ten rows,
 * ■/□ channel lists, several 公开主体, every other row in 繁體. Into an empty central store: the dry run
 * ({@code preview}: read, recognise, plan; three times, median) and the confirmed one-transaction write
 * ({@code apply}); on embedded Derby and, when it answers, on PostgreSQL (127.0.0.1:5432/test, a fresh schema).
 * {@code import.rows_per_s} = rows / (dry run + apply).
 */
final class ImportBench implements BenchMain.Suite {
    static final int ROWS = 6_302;
    private static final String[] DOMAINS = {"社会保险", "就业创业", "社会救助", "养老服务", "户籍管理", "涉农补贴",
            "义务教育", "卫生健康", "公共法律服务"};
    private static final com.ibm.icu.text.Transliterator TO_TRADITIONAL =
            com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");
    private static final StaffSession EDITOR = new StaffSession("bench", "基准测试", Set.of(Role.CATALOGUE_EDITOR), null);

    @Override
    public void run() throws Exception {
        byte[] file = workbook();
        BenchMain.report("import.rows", ROWS, "rows");
        BenchMain.report("import.xlsx_kb", Math.round(file.length / 1024.0), "KiB");
        Path dir = Files.createTempDirectory("bench-import");
        double[] derby = measure(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("derby")), file);
        BenchMain.report("import.dry_run_seconds", derby[0], "s");
        BenchMain.report("import.apply_seconds", derby[1], "s");
        BenchMain.report("import.rows_per_s", ROWS / (derby[0] + derby[1]), "rows/s");

        String base = System.getProperty("zwgk.bench.pg", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "zwgk_bench_" + Long.toHexString(System.nanoTime());
        try (var c = java.sql.DriverManager.getConnection(base, "postgres", null); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            System.out.println("# PostgreSQL not reachable at " + base + " (" + e.getMessage() + "): no _pg figures");
            return;
        }
        try {
            double[] pg = measure(new ServerConfig("127.0.0.1", 0, dir.resolve("pg"), base + "?currentSchema=" + schema,
                    "postgres", null, dir.resolve("pg/keys")), file);
            BenchMain.report("import.dry_run_seconds_pg", pg[0], "s");
            BenchMain.report("import.apply_seconds_pg", pg[1], "s");
            BenchMain.report("import.rows_per_s_pg", ROWS / (pg[0] + pg[1]), "rows/s");
        } finally {
            try (var c = java.sql.DriverManager.getConnection(base, "postgres", null); var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** {median dry-run seconds, apply seconds} into an empty store. */
    private static double[] measure(ServerConfig config, byte[] file) {
        Clock clock = Clock.systemUTC();
        try (SyncServer server = SyncServer.create(config, clock)) {
            List<Domain> domains = new ArrayList<>();
            for (int d = 0; d < DOMAINS.length; d++) {
                domains.add(new Domain("domain-" + d, DOMAINS[d], d + 1));
            }
            server.importer().importDataset(new Dataset(domains, List.of(), List.of(), List.of()));
            CatalogueImportService imports = SyncServer.catalogueImportFor(server.database(), clock);
            double[] dryRuns = new double[3];
            ImportPlan plan = null;
            for (int i = 0; i < dryRuns.length; i++) {
                long start = System.nanoTime();
                plan = imports.preview(EDITOR, "bench.xlsx", file, new ImportOptions(null, java.util.Map.of(), true),
                        ImportProgress.NONE);
                dryRuns[i] = (System.nanoTime() - start) / 1e9;
            }
            if (plan.created().size() != ROWS || !plan.rejected().isEmpty()) {
                throw new IllegalStateException("expected " + ROWS + " new items, got " + plan.summary() + " "
                        + plan.rejected().stream().limit(3).toList());
            }
            long start = System.nanoTime();
            ImportResult result = imports.apply(EDITOR, plan, false, ImportProgress.NONE);
            double apply = (System.nanoTime() - start) / 1e9;
            if (result.created() != ROWS) {
                throw new IllegalStateException("expected " + ROWS + " items written, got " + result.created());
            }
            Arrays.sort(dryRuns);
            return new double[] {dryRuns[1], apply};
        }
    }

    private static byte[] workbook() throws Exception {
        String[] top = {"序号", "公开事项", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                "公开对象", "公开对象", "公开方式", "公开方式", "公开层级", "公开层级", "公开层级", "备注"};
        String[] sub = {null, "一级事项", "二级事项", null, null, null, null, null, "全社会", "特定群体", "主动", "依申请",
                "县级", "乡（镇）级", "村级", null};
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int written = 0;
            for (int d = 0; d < DOMAINS.length; d++) {
                int rows = ROWS / DOMAINS.length + (d < ROWS % DOMAINS.length ? 1 : 0);
                Sheet s = wb.createSheet(d % 2 == 0 ? DOMAINS[d] : TO_TRADITIONAL.transliterate(DOMAINS[d]));
                s.createRow(0).createCell(0).setCellValue("城东区" + DOMAINS[d] + "领域基层政务公开标准目录");
                s.addMergedRegion(new CellRangeAddress(0, 0, 0, top.length - 1));
                Row h1 = s.createRow(1);
                Row h2 = s.createRow(2);
                for (int c = 0; c < top.length; c++) {
                    h1.createCell(c).setCellValue(top[c]);
                    if (sub[c] != null) {
                        h2.createCell(c).setCellValue(sub[c]);
                    } else {
                        s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                    }
                }
                s.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
                s.addMergedRegion(new CellRangeAddress(1, 1, 8, 9));
                s.addMergedRegion(new CellRangeAddress(1, 1, 10, 11));
                s.addMergedRegion(new CellRangeAddress(1, 1, 12, 14));
                for (int i = 0; i < rows; i++) {
                    boolean hant = (written + i) % 2 == 1;
                    int r = 3 + i;
                    String[] v = {String.valueOf(i % 10 + 1), i % 10 == 0 ? DOMAINS[d] + "事项类别" + (i / 10 + 1) : null,
                            (hant ? "養老保險待遇申領" : "养老保险待遇申领") + (written + i), "申领条件、所需材料、办理流程和结果",
                            "《中华人民共和国社会保险法》", "信息形成或者变更之日起20个工作日内",
                            i % 3 == 0 ? "区人力资源和社会保障局\n各街道办事处" : hant ? "區人力資源和社會保障局" : "区人力资源和社会保障局",
                            "■政府网站 □政府公报 ■政务服务中心 □两微一端 ■社区/企事业单位/村公示栏(电子屏)",
                            i % 4 == 3 ? null : "√", i % 4 == 3 ? "✓" : null, i % 5 == 4 ? null : "●", i % 5 == 4 ? "√" : "○",
                            "√", i % 2 == 0 ? "√" : null, i % 7 == 0 ? "是" : null, i % 9 == 0 ? "涉密内容不公开" : null};
                    Row row = s.createRow(r);
                    for (int c = 0; c < v.length; c++) {
                        if (v[c] != null) {
                            row.createCell(c).setCellValue(v[c]);
                        }
                    }
                    if (i % 10 == 0 && i + 1 < rows) {
                        s.addMergedRegion(new CellRangeAddress(r, Math.min(3 + rows - 1, r + 9), 1, 1));
                    }
                }
                written += rows;
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
