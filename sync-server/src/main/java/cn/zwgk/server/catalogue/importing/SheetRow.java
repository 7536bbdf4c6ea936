package cn.zwgk.server.catalogue.importing;

import java.util.List;

/**
 * One row of a spreadsheet as read, before any meaning is given to it.
 *
 * @param number the row number staff see in Excel or a text editor (1-based)
 * @param cells  cell texts, cleaned by {@link ChineseText#clean}; "" for empty cells
 */
record SheetRow(int number, List<String> cells) {

    String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    long filledCells() {
        return cells.stream().filter(c -> !c.isEmpty()).count();
    }

    /** The different non-empty texts of the row (a row merged across counts once). */
    java.util.List<String> distinctValues() {
        return cells.stream().filter(c -> !c.isEmpty()).distinct().toList();
    }
}
