package cn.zwgk.server.catalogue.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every visible sheet of an XLSX or XLS workbook as rows of text (what Excel shows: {@link DataFormatter}, formulas
 * by their cached result). A merged region gives every cell in it the value of its first cell, as a reader of the
 * printed sheet takes it (一级事项 merged down over its 二级事项, 公开层级 merged over 县级 | 乡级).
 * XLSX is read as a stream (POI's event API: no workbook held in memory); XLS with POI HSSF. Only the used area is
 * kept: a cell with content or a merge beyond {@link #MAX_ROWS} rows or {@link #MAX_COLUMNS} columns (a merge over
 * A1:XFD1048576) is refused as soon as it is met.
 */
final class SpreadsheetTables {
    /** Far above the largest real catalogue (6,302 rows); a larger sheet is no catalogue. */
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 100;

    private SpreadsheetTables() {
    }

    static List<SourceSheet> readXlsx(byte[] file) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            Set<String> hidden = hiddenSheets(reader);
            DataFormatter format = new DataFormatter();
            List<SourceSheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    if (hidden.contains(name)) {
                        continue;
                    }
                    Grid grid = new Grid(name);
                    XMLReader xml = SAXHelper.newXMLReader();
                    xml.setContentHandler(new MergesToo(new XSSFSheetXMLHandler(styles, strings, grid, format, false),
                            grid));
                    xml.parse(new InputSource(in));
                    sheets.add(grid.build());
                }
            }
            return requireSome(sheets);
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw FileReader.encrypted();
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof SAXException sax && sax.getException() instanceof ImportException refused) {
                throw refused;
            }
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ImportException("文件解压后远大于一份目录（声明了极大的范围或大量空白内容），已拒绝。"
                        + "请删除多余的行列后另存再导入。", e);
            }
            throw new ImportException("无法读取 Excel 文件（" + e.getMessage() + "）。请确认文件是 .xlsx 格式且未加密、未损坏。", e);
        }
    }

    static List<SourceSheet> readXls(byte[] file) {
        try (Workbook wb = new HSSFWorkbook(new ByteArrayInputStream(file))) {
            DataFormatter format = new DataFormatter();
            format.setUseCachedValuesForFormulaCells(true);
            List<SourceSheet> sheets = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                    sheets.add(sheet(wb.getSheetAt(i), format));
                }
            }
            return requireSome(sheets);
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw FileReader.encrypted();
        } catch (IOException | RuntimeException e) {
            throw new ImportException("无法读取 Excel 文件（" + e.getMessage() + "）。请确认文件是 .xls 格式且未加密、未损坏。", e);
        }
    }

    private static List<SourceSheet> requireSome(List<SourceSheet> sheets) {
        if (sheets.isEmpty()) {
            throw new ImportException("Excel 文件中没有可见的工作表。");
        }
        return sheets;
    }

    private static SourceSheet sheet(Sheet sheet, DataFormatter format) {
        Grid grid = new Grid(sheet.getSheetName());
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.BLANK) {
                    grid.put(row.getRowNum(), cell.getColumnIndex(), format.formatCellValue(cell));
                }
            }
        }
        sheet.getMergedRegions().forEach(grid::merge);
        return grid.build();
    }

    /** The names of hidden sheets, from the workbook part ({@code <sheet name="…" state="hidden"/>}). */
    private static Set<String> hiddenSheets(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        Set<String> hidden = new HashSet<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = SAXHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if ("sheet".equals(local) && a.getValue("state") != null && !"visible".equals(a.getValue("state"))) {
                        hidden.add(a.getValue("name"));
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return hidden;
    }

    /** Passes a sheet's XML to POI's handler and takes the merged regions ({@code <mergeCell ref>}) it ignores. */
    private static final class MergesToo extends DefaultHandler {
        private final XSSFSheetXMLHandler cells;
        private final Grid grid;

        MergesToo(XSSFSheetXMLHandler cells, Grid grid) {
            this.cells = cells;
            this.grid = grid;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            if ("mergeCell".equals(local) && a.getValue("ref") != null) {
                try {
                    grid.merge(CellRangeAddress.valueOf(a.getValue("ref")));
                } catch (ImportException refused) {
                    throw new SAXException(refused);
                }
                return;
            }
            try {
                cells.startElement(uri, local, qName, a);
            } catch (ImportException refused) {
                throw new SAXException(refused);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            try {
                cells.endElement(uri, local, qName);
            } catch (ImportException refused) {
                throw new SAXException(refused);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cells.characters(ch, start, length);
        }
    }

    /** The used area of one sheet as it is read, merged regions carried into every cell they cover. */
    private static final class Grid implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        private final Map<Integer, String[]> values = new HashMap<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private int lastRow = -1;
        private int lastColumn = -1;

        Grid(String name) {
            this.name = name;
        }

        @Override
        public void startRow(int rowNum) {
            // rows are taken from their cells
        }

        @Override
        public void endRow(int rowNum) {
            // rows are taken from their cells
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
            if (ref != null) {
                CellAddress at = new CellAddress(ref);
                put(at.getRow(), at.getColumn(), formatted);
            }
        }

        void put(int row, int column, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            if (row >= MAX_ROWS || column >= MAX_COLUMNS) {
                throw tooLarge("在 " + new CellAddress(row, column).formatAsString() + " 处还有内容");
            }
            values.computeIfAbsent(row, r -> new String[MAX_COLUMNS])[column] = value;
            lastRow = Math.max(lastRow, row);
            lastColumn = Math.max(lastColumn, column);
        }

        void merge(CellRangeAddress region) {
            if (region.getLastRow() >= MAX_ROWS || region.getLastColumn() >= MAX_COLUMNS) {
                throw tooLarge("合并区域 " + region.formatAsString() + " 太大，请取消该合并");
            }
            merges.add(region);
        }

        SourceSheet build() {
            String[][] grid = new String[lastRow + 1][lastColumn + 1];
            values.forEach((r, cells) -> System.arraycopy(cells, 0, grid[r], 0, grid[r].length));
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

        private ImportException tooLarge(String where) {
            return new ImportException("工作表「" + name + "」超出了目录的大小（最多 " + MAX_ROWS + " 行、" + MAX_COLUMNS
                    + " 列）：" + where + "。请删除多余的内容后再导入。");
        }
    }
}
