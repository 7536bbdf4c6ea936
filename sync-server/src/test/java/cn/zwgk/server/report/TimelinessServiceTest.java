package cn.zwgk.server.report;

import static cn.zwgk.server.report.TimelinessCalculatorTest.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.TestDatabases;
import cn.zwgk.server.TestDatabases.Engine;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The report over a real central store, exported as an XLSX that Excel (here: POI) reads back. */
class TimelinessServiceTest {
    static final StaffSession ADMIN = new StaffSession("wang.admin", "王管理员", Set.of(Role.CENTRAL_ADMIN), null);

    @TempDir
    Path dir;
    private SyncServer server;
    private ServerConfig config;

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
            TestDatabases.dropSchema(config);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theReportCountsStoredDocumentsAndExportsBothSheets(Engine engine) throws Exception {
        config = TestDatabases.config(engine, dir);
        server = SyncServer.create(config, Clock.systemUTC());
        List<CatalogueItem> items = List.of(
                document("区财政局", "2026年区级预算", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 26)),
                document("区财政局", "2026年区级决算", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 28)),
                document("区教育局", "招生政策", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)));
        server.importer().importDataset(new Dataset(List.of(), List.of(), items, List.of()));
        TimelinessService service = new TimelinessService(server.database(), new CatalogueStore());

        TimelinessReport report = service.report(ADMIN, YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        assertThat(report.rows()).hasSize(2);
        assertThat(report.late()).extracting(LatePublication::name).containsExactly("招生政策", "2026年区级决算");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportXlsx(ADMIN, YearMonth.of(2026, 1), YearMonth.of(2026, 12), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            DataFormatter f = new DataFormatter();
            Sheet summary = wb.getSheet(TimelinessXlsx.SUMMARY);
            assertThat(f.formatCellValue(summary.getRow(0).getCell(3))).isEqualTo("按时发布");
            assertThat(List.of(0, 1, 2, 3, 4, 6).stream().map(c -> f.formatCellValue(summary.getRow(2).getCell(c))))
                    .containsExactly("区财政局", "2026-10", "2", "1", "1", "50");
            Sheet late = wb.getSheet(TimelinessXlsx.LATE);
            assertThat(late.getLastRowNum()).isEqualTo(2);
            assertThat(f.formatCellValue(late.getRow(2).getCell(2))).isEqualTo("2026年区级决算");
            assertThat(f.formatCellValue(late.getRow(2).getCell(5))).isEqualTo("2026-10-26");
            assertThat(f.formatCellValue(late.getRow(2).getCell(6))).isEqualTo("2");
        }

        StaffSession hall = new StaffSession("li", "李", Set.of(Role.HALL_STAFF), "110105001");
        assertThatThrownBy(() -> service.report(hall, YearMonth.of(2026, 1), YearMonth.of(2026, 2)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.report(ADMIN, YearMonth.of(2026, 5), YearMonth.of(2026, 2)))
                .isInstanceOf(ReportException.class).hasMessageContaining("结束月份不能早于开始月份");
    }
}
