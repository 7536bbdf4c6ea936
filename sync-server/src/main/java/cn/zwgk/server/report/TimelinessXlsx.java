package cn.zwgk.server.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The timeliness report as an XLSX workbook: a summary sheet and a sheet listing every late publication. */
public final class TimelinessXlsx {
    static final String SUMMARY = "按部门按月统计";
    static final String LATE = "超期发布明细";
    static final List<String> SUMMARY_HEADER = List.of("部门", "月份", "发布数", "按时发布", "超期发布", "无法判断", "按时率(%)");
    static final List<String> LATE_HEADER = List.of("部门", "索引号", "事项名称", "成文日期", "发布日期", "应发布日期",
            "超期工作日");

    private TimelinessXlsx() {
    }

    public static void write(TimelinessReport report, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = wb.createSheet(SUMMARY);
            header(summary, SUMMARY_HEADER, bold);
            int r = 1;
            for (DepartmentMonth m : report.rows()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(m.department());
                row.createCell(1).setCellValue(m.month().toString());
                row.createCell(2).setCellValue(m.published());
                row.createCell(3).setCellValue(m.onTime());
                row.createCell(4).setCellValue(m.late());
                row.createCell(5).setCellValue(m.unknown());
                row.createCell(6).setCellValue(Math.round(m.onTimePercent() * 10) / 10.0);
            }
            Sheet late = wb.createSheet(LATE);
            header(late, LATE_HEADER, bold);
            r = 1;
            for (LatePublication p : report.late()) {
                Row row = late.createRow(r++);
                row.createCell(0).setCellValue(p.department());
                row.createCell(1).setCellValue(text(p.indexNo()));
                row.createCell(2).setCellValue(p.name());
                row.createCell(3).setCellValue(date(p.formed()));
                row.createCell(4).setCellValue(date(p.published()));
                row.createCell(5).setCellValue(p.dueProvisional() ? p.dueText() : date(p.due()));
                row.createCell(6).setCellValue(p.workingDaysLate());
            }
            for (Sheet s : List.of(summary, late)) {
                s.createFreezePane(0, 1);
                for (int c = 0; c < 7; c++) {
                    s.setColumnWidth(c, c == 2 && s == late ? 50 * 256 : 18 * 256);
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the timeliness report", e);
        }
    }

    private static void header(Sheet sheet, List<String> titles, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
            row.getCell(c).setCellStyle(bold);
        }
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
