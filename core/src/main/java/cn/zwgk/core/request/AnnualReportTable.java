package cn.zwgk.core.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 三 of the annual report (收到和处理政府信息公开申请情况, 国办公开办函〔2021〕30号) for one year, computed from
 * the requests: new this year (received in the year), carried over (received before, not concluded before the
 * year began), outcomes (concluded in the year, by reply type and reason), carried to next year (not concluded
 * by the year's end). The template's own check — for every column 一 + 二 = 三(七) + 四 — is {@link #checkProblems()}.
 */
public final class AnnualReportTable {
    private final int year;
    private final int[][] cells = new int[ReportRow.ALL.size()][ReportColumn.values().length];

    private AnnualReportTable(int year) {
        this.year = year;
    }

    public static AnnualReportTable compute(int year, Iterable<ReportedRequest> requests) {
        AnnualReportTable t = new AnnualReportTable(year);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        int newRow = index(ReportRow.Kind.NEW);
        int overRow = index(ReportRow.Kind.CARRIED_OVER);
        int forwardRow = index(ReportRow.Kind.CARRIED_FORWARD);
        for (ReportedRequest r : requests) {
            if (r.received() == null || r.received().isAfter(last)) {
                continue;
            }
            boolean concludedBefore = r.concludedOn() != null && r.concludedOn().isBefore(first);
            if (r.received().isBefore(first) && concludedBefore) {
                continue;
            }
            int col = ReportColumn.of(r.applicantType(), r.organisationKind()).ordinal();
            t.cells[r.received().isBefore(first) ? overRow : newRow][col]++;
            if (r.concludedOn() == null || r.concludedOn().isAfter(last)) {
                t.cells[forwardRow][col]++;
            } else {
                t.cells[ReportRow.ALL.indexOf(ReportRow.outcome(r.replyType(), r.replyReason()))][col]++;
            }
        }
        t.sumOutcomes();
        t.sumColumns();
        return t;
    }

    private void sumOutcomes() {
        int total = index(ReportRow.Kind.OUTCOME_TOTAL);
        for (int i = 0; i < ReportRow.ALL.size(); i++) {
            if (ReportRow.ALL.get(i).kind() == ReportRow.Kind.OUTCOME) {
                for (int c = 0; c < cells[i].length; c++) {
                    cells[total][c] += cells[i][c];
                }
            }
        }
    }

    private void sumColumns() {
        int totalCol = ReportColumn.TOTAL.ordinal();
        for (int[] row : cells) {
            row[totalCol] = 0;
            for (int c = 0; c < totalCol; c++) {
                row[totalCol] += row[c];
            }
        }
    }

    private static int index(ReportRow.Kind kind) {
        for (int i = 0; i < ReportRow.ALL.size(); i++) {
            if (ReportRow.ALL.get(i).kind() == kind) {
                return i;
            }
        }
        throw new IllegalArgumentException(kind.name());
    }

    public int year() {
        return year;
    }

    public List<ReportRow> rows() {
        return ReportRow.ALL;
    }

    public int cell(ReportRow row, ReportColumn column) {
        return cells[ReportRow.ALL.indexOf(row)][column.ordinal()];
    }

    /** The cell of the first row of {@code kind} (for the single rows 一, 二, 三(七), 四). */
    public int cell(ReportRow.Kind kind, ReportColumn column) {
        return cells[index(kind)][column.ordinal()];
    }

    /** Columns where 一 + 二 ≠ 三(七) + 四, described in Chinese; empty when the table balances. */
    public List<String> checkProblems() {
        List<String> problems = new ArrayList<>();
        for (ReportColumn c : ReportColumn.values()) {
            int in = cell(ReportRow.Kind.NEW, c) + cell(ReportRow.Kind.CARRIED_OVER, c);
            int out = cell(ReportRow.Kind.OUTCOME_TOTAL, c) + cell(ReportRow.Kind.CARRIED_FORWARD, c);
            if (in != out) {
                problems.add("「" + c.label() + "」列：一+二=" + in + "，三(七)+四=" + out + "，不相等");
            }
        }
        return problems;
    }
}
