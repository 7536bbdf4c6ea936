package cn.zwgk.server.catalogue.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which spreadsheet column holds which catalogue column, found from the header row(s) and corrected by
 * staff in the mapping step where headers differ from the published layout.
 *
 * @param headers    the header text of every spreadsheet column (two header rows joined with "/")
 * @param columns    catalogue column → 0-based spreadsheet column
 * @param firstData  the row number of the first data row
 */
public record ColumnMapping(List<String> headers, Map<Column, Integer> columns, int firstData) {
    /** How far down a header is looked for (titles and notes come first in published files). */
    static final int HEADER_SEARCH_ROWS = 15;

    public ColumnMapping {
        headers = List.copyOf(headers);
        columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(columns));
    }

    /** Required columns nobody has mapped. */
    public List<Column> missing() {
        return java.util.Arrays.stream(Column.values()).filter(Column::required)
                .filter(c -> !columns.containsKey(c)).toList();
    }

    /** This mapping with staff's choices laid over it (a negative index unmaps a column). */
    public ColumnMapping with(Map<Column, Integer> explicit) {
        Map<Column, Integer> merged = new EnumMap<>(Column.class);
        merged.putAll(columns);
        explicit.forEach((column, index) -> {
            if (index == null || index < 0) {
                merged.remove(column);
            } else {
                merged.put(column, index);
            }
        });
        return new ColumnMapping(headers, merged, firstData);
    }

    /**
     * The header: among the first rows, the row (or pair of rows, for the published layout whose 公开事项
     * splits into 一级事项 / 二级事项 below it) that names the most catalogue columns.
     */
    static ColumnMapping detect(List<SheetRow> rows) {
        ColumnMapping best = new ColumnMapping(List.of(), Map.of(), rows.isEmpty() ? 1 : rows.getFirst().number());
        int limit = Math.min(rows.size(), HEADER_SEARCH_ROWS);
        for (int i = 0; i < limit; i++) {
            SheetRow row = rows.get(i);
            ColumnMapping single = of(row.cells(), null, row.number() + 1);
            if (single.columns().size() > best.columns().size()) {
                best = single;
            }
            if (i + 1 < rows.size()) {
                SheetRow below = rows.get(i + 1);
                ColumnMapping pair = of(row.cells(), below.cells(), below.number() + 1);
                if (pair.columns().size() > best.columns().size()) {
                    best = pair;
                }
            }
        }
        return best;
    }

    private static ColumnMapping of(List<String> upper, List<String> lower, int firstData) {
        int width = Math.max(upper.size(), lower == null ? 0 : lower.size());
        List<String> headers = new ArrayList<>(width);
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int c = 0; c < width; c++) {
            String top = c < upper.size() ? upper.get(c) : "";
            String bottom = lower == null || c >= lower.size() ? "" : lower.get(c);
            Column byBottom = bottom.isEmpty() || bottom.equals(top) ? null : recognise(bottom);
            Column column = byBottom != null ? byBottom : recognise(top);
            headers.add(byBottom != null ? top + "/" + bottom : top);
            if (column != null) {
                found.putIfAbsent(column, c);
            }
        }
        return new ColumnMapping(headers, found, firstData);
    }

    private static Column recognise(String header) {
        String key = ChineseText.headerKey(header);
        if (key.isEmpty()) {
            return null;
        }
        for (Column c : Column.values()) {
            if (c.matches(key)) {
                return c;
            }
        }
        return null;
    }
}
