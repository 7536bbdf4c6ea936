package cn.zwgk.server.catalogue.importing;

import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * One table of an uploaded file as rows of text, merged cells already carried into every cell they cover: a
 * sheet of a workbook, a table of a Word document, or a CSV file.
 *
 * @param name     the sheet's name (a Word table: 表1, 表2 …; CSV: the file name)
 * @param caption  text above the table that is not in it (a Word document's title paragraph), or ""
 * @param rows     the rows as read
 * @param lettered whether staff address cells as in Excel (F12) rather than by row and column number
 */
record SourceSheet(String name, String caption, List<SheetRow> rows, boolean lettered) {

    SourceSheet {
        caption = caption == null ? "" : caption;
        rows = List.copyOf(rows);
    }

    /** Where a cell is, as staff find it: {@code F12} in a workbook, {@code 第12行第6列} in a Word table. */
    String cell(int rowNumber, int column) {
        return lettered ? CellReference.convertNumToColString(column) + rowNumber
                : "第" + rowNumber + "行第" + (column + 1) + "列";
    }
}
