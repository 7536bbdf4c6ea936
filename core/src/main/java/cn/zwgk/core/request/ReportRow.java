package cn.zwgk.core.request;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of table 三 (国办公开办函〔2021〕30号), in the template's order.
 *
 * @param kind    what the row counts
 * @param section the template's heading the row sits under ({@code 三、本年度办理结果}, {@code （三）不予公开})
 * @param label   the row's own label
 * @param type    for outcome rows: the reply type
 * @param reason  for outcome rows of types with reasons: the reason
 */
public record ReportRow(Kind kind, String section, String label, ReplyType type, ReplyReason reason) {

    public enum Kind { NEW, CARRIED_OVER, OUTCOME, OUTCOME_TOTAL, CARRIED_FORWARD }

    public static final String RESULTS = "三、本年度办理结果";
    private static final String[] TYPE_HEADINGS = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）"};

    /** All 25 rows in order. */
    public static final List<ReportRow> ALL = build();

    private static List<ReportRow> build() {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(new ReportRow(Kind.NEW, "", "一、本年新收政府信息公开申请数量", null, null));
        rows.add(new ReportRow(Kind.CARRIED_OVER, "", "二、上年结转政府信息公开申请数量", null, null));
        ReplyType[] types = ReplyType.values();
        for (int t = 0; t < types.length; t++) {
            ReplyType type = types[t];
            String heading = TYPE_HEADINGS[t] + type.label();
            if (!type.needsReason()) {
                String label = type == ReplyType.PARTIALLY_DISCLOSED ? heading + "（区分处理的，只计这一情形，不计其他情形）" : heading;
                rows.add(new ReportRow(Kind.OUTCOME, RESULTS, label, type, null));
                continue;
            }
            List<ReplyReason> reasons = ReplyReason.of(type);
            for (int r = 0; r < reasons.size(); r++) {
                rows.add(new ReportRow(Kind.OUTCOME, RESULTS + " " + heading, (r + 1) + "." + reasons.get(r).label(),
                        type, reasons.get(r)));
            }
        }
        rows.add(new ReportRow(Kind.OUTCOME_TOTAL, RESULTS, "（七）总计", null, null));
        rows.add(new ReportRow(Kind.CARRIED_FORWARD, "", "四、结转下年度继续办理", null, null));
        return List.copyOf(rows);
    }

    /** The outcome row of a reply. */
    public static ReportRow outcome(ReplyType type, ReplyReason reason) {
        return ALL.stream().filter(r -> r.kind == Kind.OUTCOME && r.type == type && r.reason == reason).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report row for " + type + "/" + reason));
    }
}
