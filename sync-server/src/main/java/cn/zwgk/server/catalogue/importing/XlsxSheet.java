package cn.zwgk.server.catalogue.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX file as rows of text (what Excel shows: {@link DataFormatter}). A merged
 * region gives every cell in it the value of its first cell, as a reader of the printed sheet would take
 * it (一级事项 merged down over its 二级事项).
 */
final class XlsxSheet {
    private XlsxSheet() {
    }

    static List<SheetRow> read(byte[] file) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getSheetAt(firstVisible(wb));
            DataFormatter format = new DataFormatter();
            Map<Long, String> merged = mergedValues(sheet, format);
            List<SheetRow> rows = new ArrayList<>();
            int width = 0;
            for (Row row : sheet) {
                width = Math.max(width, row.getLastCellNum());
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    String fromRegion = merged.get(key(r, c));
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.add(ChineseText.clean(fromRegion != null ? fromRegion : cell == null ? "" : format.formatCellValue(cell)));
                }
                rows.add(new SheetRow(r + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new ImportException("无法读取 Excel 文件（" + e.getMessage() + "）。请确认文件是 .xlsx 格式且未加密、未损坏。", e);
        }
    }

    private static int firstVisible(Workbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                return i;
            }
        }
        throw new ImportException("Excel 文件中没有可见的工作表。");
    }

    private static Map<Long, String> mergedValues(Sheet sheet, DataFormatter format) {
        Map<Long, String> values = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row first = sheet.getRow(region.getFirstRow());
            Cell cell = first == null ? null : first.getCell(region.getFirstColumn());
            String value = cell == null ? "" : format.formatCellValue(cell);
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    values.put(key(r, c), value);
                }
            }
        }
        return values;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}
