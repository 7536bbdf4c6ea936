package cn.zwgk.server.request;

import cn.zwgk.core.request.AnnualReportTable;
import cn.zwgk.core.request.ReportColumn;
import cn.zwgk.core.request.ReportRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes table 三 in the layout of 国办公开办函〔2021〕30号: three label columns (A: 一/二/三/四, B: the reply type,
 * C: the reason), then 自然人, the five columns under 法人或其他组织, 总计; a check row at the bottom.
 */
final class AnnualReportXlsx {
    static final String SHEET = "收到和处理政府信息公开申请情况";
    /** First row of the 25 data rows (after the title and two header rows). */
    static final int FIRST_DATA_ROW = 3;
    static final int FIRST_NUMBER_COLUMN = 3;

    private AnnualReportXlsx() {
    }

    static byte[] write(AnnualReportTable table) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle text = style(wb, false, HorizontalAlignment.LEFT);
            CellStyle head = style(wb, true, HorizontalAlignment.CENTER);
            CellStyle number = style(wb, false, HorizontalAlignment.CENTER);
            int lastColumn = FIRST_NUMBER_COLUMN + ReportColumn.values().length - 1;

            Row title = sheet.createRow(0);
            set(title, 0, table.year() + " 年度 三、收到和处理政府信息公开申请情况", head);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
            header(sheet, head, lastColumn);
            rows(sheet, table, text, number);
            check(sheet, table, text, number);

            sheet.setColumnWidth(0, 22 * 256);
            sheet.setColumnWidth(1, 18 * 256);
            sheet.setColumnWidth(2, 44 * 256);
            for (int c = FIRST_NUMBER_COLUMN; c <= lastColumn; c++) {
                sheet.setColumnWidth(c, 12 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annual report", e);
        }
    }

    private static void header(Sheet sheet, CellStyle head, int lastColumn) {
        Row top = sheet.createRow(1);
        Row sub = sheet.createRow(2);
        for (int c = 0; c <= lastColumn; c++) {
            set(top, c, "", head);
            set(sub, c, "", head);
        }
        top.getCell(0).setCellValue("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 2));
        int col = FIRST_NUMBER_COLUMN;
        for (ReportColumn rc : ReportColumn.values()) {
            if (rc.organisation()) {
                sub.getCell(col).setCellValue(rc.label());
            } else {
                top.getCell(col).setCellValue(rc.label());
                sheet.addMergedRegion(new CellRangeAddress(1, 2, col, col));
            }
            col++;
        }
        int firstOrg = FIRST_NUMBER_COLUMN + ReportColumn.COMMERCIAL.ordinal();
        top.getCell(firstOrg).setCellValue(ReportColumn.ORGANISATION_GROUP);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, firstOrg, firstOrg + 4));
    }

    private static void rows(Sheet sheet, AnnualReportTable table, CellStyle text, CellStyle number) {
        List<ReportRow> rows = table.rows();
        int resultsFrom = -1;
        int groupFrom = -1;
        String group = null;
        for (int i = 0; i < rows.size(); i++) {
            ReportRow r = rows.get(i);
            int at = FIRST_DATA_ROW + i;
            Row row = sheet.createRow(at);
            for (int c = 0; c < FIRST_NUMBER_COLUMN; c++) {
                set(row, c, "", text);
            }
            String rowGroup = r.section().contains(" ") ? r.section().substring(r.section().indexOf(' ') + 1) : null;
            if (group != null && !group.equals(rowGroup)) {
                sheet.addMergedRegion(new CellRangeAddress(groupFrom, at - 1, 1, 1));
            }
            if (rowGroup != null && !rowGroup.equals(group)) {
                groupFrom = at;
            }
            group = rowGroup;
            if (r.section().startsWith(ReportRow.RESULTS)) {
                if (resultsFrom < 0) {
                    resultsFrom = at;
                    row.getCell(0).setCellValue(ReportRow.RESULTS);
                }
                if (rowGroup == null) {
                    row.getCell(1).setCellValue(r.label());
                    sheet.addMergedRegion(new CellRangeAddress(at, at, 1, 2));
                } else {
                    row.getCell(1).setCellValue(rowGroup);
                    row.getCell(2).setCellValue(r.label());
                }
            } else {
                if (resultsFrom >= 0 && r.kind() == ReportRow.Kind.CARRIED_FORWARD) {
                    sheet.addMergedRegion(new CellRangeAddress(resultsFrom, at - 1, 0, 0));
                }
                row.getCell(0).setCellValue(r.label());
                sheet.addMergedRegion(new CellRangeAddress(at, at, 0, 2));
            }
            int col = FIRST_NUMBER_COLUMN;
            for (ReportColumn rc : ReportColumn.values()) {
                Cell cell = row.createCell(col++);
                cell.setCellValue(table.cell(r, rc));
                cell.setCellStyle(number);
            }
        }
    }

    private static void check(Sheet sheet, AnnualReportTable table, CellStyle text, CellStyle number) {
        int at = FIRST_DATA_ROW + table.rows().size();
        Row row = sheet.createRow(at);
        set(row, 0, "校验：一 + 二 = 三(七) + 四", text);
        set(row, 1, "", text);
        set(row, 2, "", text);
        sheet.addMergedRegion(new CellRangeAddress(at, at, 0, 2));
        List<String> problems = table.checkProblems();
        int col = FIRST_NUMBER_COLUMN;
        for (ReportColumn rc : ReportColumn.values()) {
            boolean ok = problems.stream().noneMatch(p -> p.startsWith("「" + rc.label() + "」"));
            set(row, col++, ok ? "相符" : "不符", number);
        }
    }

    private static void set(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook wb, boolean bold, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        if (bold) {
            Font f = wb.createFont();
            f.setBold(true);
            s.setFont(f);
        }
        return s;
    }
}
