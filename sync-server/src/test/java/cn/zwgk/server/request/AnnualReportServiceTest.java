package cn.zwgk.server.request;

import static cn.zwgk.core.request.ReportColumn.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.request.AnnualReportTable;
import cn.zwgk.core.request.OrganisationKind;
import cn.zwgk.core.request.ReplyReason;
import cn.zwgk.core.request.ReplyType;
import cn.zwgk.core.request.ReportColumn;
import cn.zwgk.core.request.ReportRow;
import cn.zwgk.server.TestDatabases.Engine;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Table 三 from requests handled through the desk across two years, on screen and as XLSX. */
class AnnualReportServiceTest {
    @TempDir
    Path dir;
    private RequestRig rig;

    @AfterEach
    void close() {
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aKnownTwoYearsGiveEveryCellAndTheSheetInTheNationalLayout(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        RequestDesk desk = rig.desk();
        rig.clock.setDay("2025-12-10");
        String a = rig.filed(rig.person("张小三", "13800131234"));              // 2025, replied 2026
        String b = rig.filed(rig.organisation(OrganisationKind.COMMERCIAL));   // 2025, replied 2025
        String c = rig.filed(rig.organisation(OrganisationKind.RESEARCH));     // 2025, still open
        rig.clock.setDay("2025-12-15");
        for (String id : new String[] {a, b, c}) {
            desk.register(RequestRig.OFFICER, id, "办公室", null);
        }
        rig.clock.setDay("2025-12-20");
        desk.reply(RequestRig.OFFICER, b, ReplyType.DISCLOSED, null, null, null);
        rig.clock.setDay("2026-01-08");
        desk.reply(RequestRig.OFFICER, a, ReplyType.NOT_DISCLOSED, ReplyReason.INTERNAL_AFFAIRS, null, null);
        rig.clock.setDay("2026-03-02");
        String d = rig.filed(rig.person("李四", "13900001111"));                // 2026, replied
        String e = rig.filed(rig.organisation(OrganisationKind.LEGAL_SERVICE)); // 2026, open
        desk.register(RequestRig.OFFICER, d, "办公室", null);
        desk.register(RequestRig.OFFICER, e, "办公室", null);
        rig.clock.setDay("2026-03-10");
        desk.reply(RequestRig.OFFICER, d, ReplyType.UNABLE_TO_PROVIDE, ReplyReason.NOT_HELD, null, "请向区住建委申请");

        AnnualReportService reports = rig.server.requests().annualReport();
        AnnualReportTable t2026 = reports.table(RequestRig.OFFICER, 2026);
        Map<String, Integer> want = new HashMap<>();
        // columns: natural, commercial, research, welfare, legal, other, total
        expect(want, "一、本年新收政府信息公开申请数量", 1, 0, 0, 0, 1, 0, 2);
        expect(want, "二、上年结转政府信息公开申请数量", 1, 0, 1, 0, 0, 0, 2);
        expect(want, "5.属于三类内部事务信息", 1, 0, 0, 0, 0, 0, 1);
        expect(want, "1.本机关不掌握相关政府信息", 1, 0, 0, 0, 0, 0, 1);
        expect(want, "（七）总计", 2, 0, 0, 0, 0, 0, 2);
        expect(want, "四、结转下年度继续办理", 0, 0, 1, 0, 1, 0, 2);
        for (ReportRow row : t2026.rows()) {
            for (ReportColumn col : ReportColumn.values()) {
                assertThat(t2026.cell(row, col)).as(row.label() + " × " + col.label())
                        .isEqualTo(want.getOrDefault(row.label() + "|" + col, 0));
            }
        }
        assertThat(t2026.checkProblems()).isEmpty();

        AnnualReportTable t2025 = reports.table(RequestRig.OFFICER, 2025);
        assertThat(t2025.cell(ReportRow.Kind.NEW, TOTAL)).isEqualTo(3);
        assertThat(t2025.cell(ReportRow.outcome(ReplyType.DISCLOSED, null), COMMERCIAL)).isEqualTo(1);
        assertThat(t2025.cell(ReportRow.Kind.CARRIED_FORWARD, TOTAL)).isEqualTo(2);

        byte[] xlsx = reports.xlsx(RequestRig.OFFICER, 2026);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = wb.getSheet(AnnualReportXlsx.SHEET);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).contains("2026 年度");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(3))).isEqualTo("自然人");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(4))).isEqualTo("法人或其他组织");
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(8))).isEqualTo("其他");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(9))).isEqualTo("总计");
            for (int i = 0; i < t2026.rows().size(); i++) {
                ReportRow row = t2026.rows().get(i);
                var r = sheet.getRow(AnnualReportXlsx.FIRST_DATA_ROW + i);
                String labels = f.formatCellValue(r.getCell(0)) + f.formatCellValue(r.getCell(1)) + f.formatCellValue(r.getCell(2));
                assertThat(labels).as("row " + i).contains(row.label());
                for (ReportColumn col : ReportColumn.values()) {
                    assertThat(r.getCell(AnnualReportXlsx.FIRST_NUMBER_COLUMN + col.ordinal()).getNumericCellValue())
                            .as(row.label() + " × " + col.label()).isEqualTo(t2026.cell(row, col));
                }
            }
            var check = sheet.getRow(AnnualReportXlsx.FIRST_DATA_ROW + 25);
            assertThat(f.formatCellValue(check.getCell(0))).contains("一 + 二 = 三(七) + 四");
            for (int col = 3; col <= 9; col++) {
                assertThat(f.formatCellValue(check.getCell(col))).isEqualTo("相符");
            }
            assertThat(sheet.getNumMergedRegions()).isGreaterThan(10);
        }
    }

    private static void expect(Map<String, Integer> m, String label, int... perColumn) {
        for (ReportColumn c : ReportColumn.values()) {
            if (perColumn[c.ordinal()] != 0) {
                m.put(label + "|" + c, perColumn[c.ordinal()]);
            }
        }
    }
}
