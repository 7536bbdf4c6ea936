package cn.zwgk.server.catalogue.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which spreadsheet column holds which catalogue column, found from the header rows and corrected by staff in
 * the mapping step where headers differ from the published layout.
 *
 * <p>Published headers are one to three rows with merged cells: a title row may stand above; 公开事项 stands over
 * 一级事项 | 二级事项 (| 三级事项); 公开对象, 公开方式, 公开层级 and sometimes 公开渠道和载体 stand over one
 * sub-column per value (全社会 | 特定群体, 主动 | 依申请, 县级 | 乡(镇)级 | 村级) holding a mark. Each column is
 * read by the lowest header word recognised in it (简/繁, widths and bracketed notes ignored).
 *
 * @param headers   the header text of every spreadsheet column (header rows joined with "/")
 * @param columns   catalogue column → 0-based spreadsheet column, for columns that hold their value
 * @param splits    sub-columns of a split column, each holding a mark for one value
 * @param headerRow the row number of the first header row (rows above it are the title)
 * @param firstData the row number of the first data row
 */
public record ColumnMapping(List<String> headers, Map<Column, Integer> columns, List<Split> splits, int headerRow,
        int firstData) {
    /** How far down a header is looked for (titles and notes come first in published files). */
    static final int HEADER_SEARCH_ROWS = 15;
    static final int MAX_HEADER_ROWS = 3;

    /**
     * A sub-column of a split column.
     *
     * @param group the catalogue column (公开对象, 公开方式, 公开层级, 公开渠道和载体)
     * @param value what a mark in it means (an enum constant's name, or the channel)
     * @param label the sub-header as typed (县级, 乡（镇）级 …)
     * @param index 0-based spreadsheet column
     */
    public record Split(Column group, String value, String label, int index) {
    }

    public ColumnMapping {
        headers = List.copyOf(headers);
        columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(columns));
        splits = List.copyOf(splits);
    }

    /** Required columns nobody has mapped. */
    public List<Column> missing() {
        return java.util.Arrays.stream(Column.values()).filter(Column::required).filter(c -> !has(c)).toList();
    }

    /** Whether the column is found, whole or split. */
    public boolean has(Column column) {
        return columns.containsKey(column) || splits.stream().anyMatch(s -> s.group() == column);
    }

    /** The sub-columns of one split column, left to right (empty when it is not split). */
    public List<Split> splitsOf(Column group) {
        return splits.stream().filter(s -> s.group() == group).toList();
    }

    /** Looks like a catalogue: 二级事项 and at least two more standard columns. */
    boolean isCatalogue() {
        return has(Column.NAME) && java.util.Arrays.stream(Column.values()).filter(this::has).count() >= 3;
    }

    /** This mapping with staff's choices laid over it (a negative index unmaps a column; a mapped column is whole). */
    public ColumnMapping with(Map<Column, Integer> explicit) {
        if (explicit.isEmpty()) {
            return this;
        }
        Map<Column, Integer> merged = new EnumMap<>(Column.class);
        merged.putAll(columns);
        List<Split> kept = new ArrayList<>(splits);
        explicit.forEach((column, index) -> {
            kept.removeIf(s -> s.group() == column);
            if (index == null || index < 0) {
                merged.remove(column);
            } else {
                merged.put(column, index);
            }
        });
        return new ColumnMapping(headers, merged, kept, headerRow, firstData);
    }

    /**
     * The header: among the first rows, the run of one to three rows that names the most catalogue columns
     * (then the most sub-columns; then the shortest run).
     */
    static ColumnMapping detect(List<SheetRow> rows) {
        int first = rows.isEmpty() ? 1 : rows.getFirst().number();
        ColumnMapping best = new ColumnMapping(List.of(), Map.of(), List.of(), first, first);
        int bestScore = 0;
        int limit = Math.min(rows.size(), HEADER_SEARCH_ROWS);
        for (int start = 0; start < limit; start++) {
            if (rows.get(start).isBlank()) {
                continue;
            }
            for (int depth = 1; depth <= MAX_HEADER_ROWS && start + depth <= rows.size(); depth++) {
                ColumnMapping candidate = of(rows.subList(start, start + depth));
                int score = score(candidate);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static int score(ColumnMapping m) {
        long named = java.util.Arrays.stream(Column.values()).filter(m::has).count();
        return (int) named * 100 + m.splits().size();
    }

    private static ColumnMapping of(List<SheetRow> header) {
        int width = header.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        // a group header over two or more columns in the same row splits them
        Map<String, Integer> groupWidth = new HashMap<>();
        for (int depth = 0; depth < header.size(); depth++) {
            for (int c = 0; c < width; c++) {
                Column group = recognise(header.get(depth).cell(c));
                if (group != null && group.splits()) {
                    groupWidth.merge(depth + ":" + group, 1, Integer::sum);
                }
            }
        }
        List<String> headers = new ArrayList<>(width);
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        List<Split> splits = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> path = new ArrayList<>();
            for (SheetRow row : header) {
                String text = row.cell(c);
                if (!text.isEmpty() && (path.isEmpty() || !path.getLast().equals(text))) {
                    path.add(text);
                }
            }
            headers.add(String.join("/", path));
            Split split = null;
            Column column = null;
            for (int i = path.size() - 1; i >= 0 && split == null && column == null; i--) {
                column = recognise(path.get(i));
                if (column == null && i > 0) {
                    split = subColumn(header, c, path.get(i), groupWidth);
                }
            }
            if (split != null) {
                splits.add(split);
            } else if (column != null) {
                found.putIfAbsent(column, c);
            }
        }
        int headerRow = header.getFirst().number();
        return new ColumnMapping(headers, found, splits, headerRow, header.getLast().number() + 1);
    }

    /** The sub-column {@code text} names under a split group header above it in column {@code c}, if any. */
    private static Split subColumn(List<SheetRow> header, int c, String text, Map<String, Integer> groupWidth) {
        for (int depth = 0; depth < header.size(); depth++) {
            Column group = recognise(header.get(depth).cell(c));
            if (group != null && group.splits() && groupWidth.getOrDefault(depth + ":" + group, 0) >= 2) {
                String value = group.subValue(ChineseText.headerKey(text));
                if (value != null) {
                    return new Split(group, group == Column.CHANNELS ? text.replace("\n", "") : value, text, c);
                }
            }
        }
        return null;
    }

    static Column recognise(String header) {
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
