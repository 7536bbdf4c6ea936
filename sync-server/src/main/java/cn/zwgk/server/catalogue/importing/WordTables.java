package cn.zwgk.server.catalogue.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The tables of a Word document (.docx) as rows of text, named 表1, 表2 … with the paragraph above each table
 * (its title) as caption. Merged cells are carried as in a workbook: a cell spanning columns ({@code gridSpan})
 * fills each of them, a cell continuing a vertical merge ({@code vMerge} without {@code restart}) takes the
 * value of the cell above. Line breaks between paragraphs of a cell are kept.
 */
final class WordTables {
    private WordTables() {
    }

    static List<SourceSheet> read(byte[] file) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<SourceSheet> sheets = new ArrayList<>();
            String lastParagraph = "";
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    lastParagraph = ChineseText.clean(p.getText());
                } else if (element instanceof XWPFTable table) {
                    sheets.add(new SourceSheet("表" + (sheets.size() + 1), lastParagraph, rows(table), false));
                    lastParagraph = "";
                }
            }
            if (sheets.isEmpty()) {
                throw new ImportException("Word 文件中没有表格。请确认目录是以表格形式放在文档中的。");
            }
            return sheets;
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw FileReader.encrypted();
        } catch (IOException | RuntimeException e) {
            throw new ImportException("无法读取 Word 文件（" + e.getMessage() + "）。请确认文件是 .docx 格式且未加密、未损坏。", e);
        }
    }

    private static List<SheetRow> rows(XWPFTable table) {
        List<List<String>> grid = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            if (grid.size() >= SpreadsheetTables.MAX_ROWS) {
                throw tooLarge("表格超过 " + SpreadsheetTables.MAX_ROWS + " 行");
            }
            List<String> above = grid.isEmpty() ? List.of() : grid.getLast();
            List<String> cells = new ArrayList<>();
            for (int skip = gridBefore(row); skip > 0 && cells.size() < SpreadsheetTables.MAX_COLUMNS; skip--) {
                cells.add("");
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? ((BigInteger) pr.getGridSpan().getVal()).intValue() : 1;
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                if (cells.size() + span > SpreadsheetTables.MAX_COLUMNS) {
                    throw tooLarge("一行超过 " + SpreadsheetTables.MAX_COLUMNS + " 列");
                }
                int column = cells.size();
                String value = continues ? (column < above.size() ? above.get(column) : "") : text(cell);
                for (int i = 0; i < Math.max(1, span); i++) {
                    cells.add(value);
                }
            }
            grid.add(cells);
        }
        List<SheetRow> rows = new ArrayList<>(grid.size());
        for (int r = 0; r < grid.size(); r++) {
            rows.add(new SheetRow(r + 1, grid.get(r)));
        }
        return rows;
    }

    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            lines.add(p.getText());
        }
        return ChineseText.clean(String.join("\n", lines));
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return ((BigInteger) pr.getGridBeforeArray(0).getVal()).intValue();
    }

    private static ImportException tooLarge(String what) {
        return new ImportException("Word 表格超出了目录的大小：" + what + "。请确认文件是公开事项目录。");
    }
}
