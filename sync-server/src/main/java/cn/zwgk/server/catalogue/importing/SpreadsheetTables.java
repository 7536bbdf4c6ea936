package cn.zwgk.server.catalogue.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every visible sheet of an XLSX or XLS workbook as rows of text (what Excel shows: {@link DataFormatter}, formulas
 * by their cached result). A merged region gives every cell in it the value of its first cell, as a reader of the
 * printed sheet takes it (一级事项 merged down over its 二级事项, 公开层级 merged over 县级 | 乡级).
 * Only the used area is read: a sheet with content or a merge beyond {@link #MAX_ROWS} rows or
 * {@link #MAX_COLUMNS} columns (a merge over A1:XFD1048576) is refused at once, before any cell is copied.
 */
final class SpreadsheetTables {
    /** Far above the largest real catalogue (6,302 rows); a larger sheet is no catalogue. */
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 100;

    private SpreadsheetTables() {
    }

    static List<SourceSheet> readXlsx(byte[] file) {
        return read(file, ".xlsx", XSSFWorkbook::new);
    }

    static List<SourceSheet> readXls(byte[] file) {
        return read(file, ".xls", HSSFWorkbook::new);
    }

    private interface Opener {
        Workbook open(ByteArrayInputStream in) throws IOException;
    }

    private static List<SourceSheet> read(byte[] file, String format, Opener opener) {
        try (Workbook wb = opener.open(new ByteArrayInputStream(file))) {
            return sheets(wb);
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw FileReader.encrypted();
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ImportException("文件解压后远大于一份目录（声明了极大的范围或大量空白内容），已拒绝。"
                        + "请删除多余的行列后另存再导入。", e);
            }
            throw new ImportException("无法读取 Excel 文件（" + e.getMessage() + "）。请确认文件是 " + format
                    + " 格式且未加密、未损坏。", e);
        }
    }

    private static List<SourceSheet> sheets(Workbook wb) {
        DataFormatter format = new DataFormatter();
        format.setUseCachedValuesForFormulaCells(true);
        List<SourceSheet> sheets = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                sheets.add(sheet(wb.getSheetAt(i), format));
            }
        }
        if (sheets.isEmpty()) {
            throw new ImportException("Excel 文件中没有可见的工作表。");
        }
        return sheets;
    }

    private static SourceSheet sheet(Sheet sheet, DataFormatter format) {
        String name = sheet.getSheetName();
        int lastRow = -1;
        int lastColumn = -1;
        java.util.Map<Integer, String[]> values = new java.util.HashMap<>();
        for (Row row : sheet) {
            String[] cells = null;
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                String value = format.formatCellValue(cell);
                if (value.isBlank()) {
                    continue;
                }
                if (row.getRowNum() >= MAX_ROWS || cell.getColumnIndex() >= MAX_COLUMNS) {
                    throw tooLarge(name, "在 " + cell.getAddress().formatAsString() + " 处还有内容");
                }
                if (cells == null) {
                    cells = new String[Math.min(MAX_COLUMNS, Math.max(row.getLastCellNum(), cell.getColumnIndex() + 1))];
                    values.put(row.getRowNum(), cells);
                }
                cells[cell.getColumnIndex()] = value;
                lastRow = Math.max(lastRow, row.getRowNum());
                lastColumn = Math.max(lastColumn, cell.getColumnIndex());
            }
        }
        List<CellRangeAddress> merges = sheet.getMergedRegions();
        for (CellRangeAddress region : merges) {
            if (region.getLastRow() >= MAX_ROWS || region.getLastColumn() >= MAX_COLUMNS) {
                throw tooLarge(name, "合并区域 " + region.formatAsString() + " 太大，请取消该合并");
            }
        }
        String[][] grid = new String[lastRow + 1][lastColumn + 1];
        for (var row : values.entrySet()) {
            String[] cells = row.getValue();
            System.arraycopy(cells, 0, grid[row.getKey()], 0, Math.min(cells.length, grid[row.getKey()].length));
        }
        for (CellRangeAddress region : merges) {
            int top = region.getFirstRow();
            int left = region.getFirstColumn();
            if (top > lastRow || left > lastColumn) {
                continue;
            }
            String value = grid[top][left];
            for (int r = top; r <= Math.min(region.getLastRow(), lastRow); r++) {
                for (int c = left; c <= Math.min(region.getLastColumn(), lastColumn); c++) {
                    grid[r][c] = value;
                }
            }
        }
        List<SheetRow> rows = new ArrayList<>(grid.length);
        for (int r = 0; r < grid.length; r++) {
            List<String> cells = new ArrayList<>(lastColumn + 1);
            for (String value : grid[r]) {
                cells.add(ChineseText.clean(value));
            }
            rows.add(new SheetRow(r + 1, cells));
        }
        return new SourceSheet(name, "", rows, true);
    }

    private static ImportException tooLarge(String sheet, String where) {
        return new ImportException("工作表「" + sheet + "」超出了目录的大小（最多 " + MAX_ROWS + " 行、" + MAX_COLUMNS
                + " 列）：" + where + "。请删除多余的内容后再导入。");
    }
}
