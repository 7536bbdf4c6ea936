package cn.zwgk.core.request;

import static cn.zwgk.core.request.ReportColumn.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnualReportTableTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static ReportedRequest replied(ApplicantType t, OrganisationKind k, String received, String on,
            ReplyType type, ReplyReason reason) {
        return new ReportedRequest(t, k, LocalDate.parse(received), on == null ? null : LocalDate.parse(on), type, reason);
    }

    private static ReportedRequest person(String received, String on, ReplyType type, ReplyReason reason) {
        return replied(ApplicantType.NATURAL_PERSON, null, received, on, type, reason);
    }

    private static ReportedRequest org(OrganisationKind k, String received, String on, ReplyType type, ReplyReason reason) {
        return replied(ApplicantType.ORGANISATION, k, received, on, type, reason);
    }

    /** A known year 2026, each request annotated with where it must count. */
    private static List<ReportedRequest> year2026() {
        List<ReportedRequest> r = new ArrayList<>();
        r.add(person("2025-12-10", "2026-01-08", ReplyType.DISCLOSED, null));          // 二 + (一), natural
        r.add(org(OrganisationKind.COMMERCIAL, "2025-12-20", "2025-12-30", ReplyType.DISCLOSED, null)); // not at all
        r.add(org(OrganisationKind.RESEARCH, "2025-11-01", null, null, null));          // 二 + 四, research
        r.add(person("2026-01-05", "2026-01-20", ReplyType.DISCLOSED, null));          // 一 + (一)
        r.add(person("2026-02-02", "2026-03-01", ReplyType.PARTIALLY_DISCLOSED, null));// 一 + (二)
        r.add(person("2026-03-02", "2026-03-20", ReplyType.NOT_DISCLOSED, ReplyReason.STATE_SECRET)); // 一 + (三)1
        r.add(person("2026-12-15", null, null, null));                                  // 一 + 四
        r.add(person("2026-12-01", "2027-01-05", ReplyType.DISCLOSED, null));          // 一 + 四 (replied next year)
        r.add(org(OrganisationKind.COMMERCIAL, "2026-04-01", "2026-04-20", ReplyType.UNABLE_TO_PROVIDE,
                ReplyReason.NOT_HELD));                                                 // 一 + (四)1, commercial
        r.add(org(OrganisationKind.PUBLIC_WELFARE, "2026-05-06", "2026-05-20", ReplyType.NOT_PROCESSED,
                ReplyReason.REPEATED));                                                 // 一 + (五)2, public welfare
        // deemed withdrawn, from its events: 一 + (六)1, legal service
        r.add(ReportedRequest.of(ApplicantType.ORGANISATION, OrganisationKind.LEGAL_SERVICE, LocalDate.parse("2026-06-01"),
                List.of(RequestEvent.of(RequestEventType.SUBMITTED, AT, "kiosk:k1", LocalDate.parse("2026-06-01"), null),
                        RequestEvent.of(RequestEventType.REGISTERED, AT, "officer", LocalDate.parse("2026-06-01"), null),
                        RequestEvent.correctionRequested(AT, "officer", LocalDate.parse("2026-06-03"),
                                LocalDate.parse("2026-06-20"), "请写明文号"),
                        RequestEvent.of(RequestEventType.DEEMED_WITHDRAWN, AT, "officer", LocalDate.parse("2026-06-22"), null))));
        r.add(org(OrganisationKind.OTHER, "2026-07-01", "2026-07-10", ReplyType.OTHER, ReplyReason.OTHER)); // 一 + (六)3
        r.add(org(OrganisationKind.LEGAL_SERVICE, "2026-08-03", "2026-08-31", ReplyType.NOT_DISCLOSED,
                ReplyReason.THIRD_PARTY_RIGHTS));                                        // 一 + (三)4, legal service
        r.add(person("2027-01-04", null, null, null));                                  // next year: not at all
        return r;
    }

    @Test
    void everyCellOfAKnownYear() {
        AnnualReportTable t = AnnualReportTable.compute(2026, year2026());
        Map<String, Integer> expected = new HashMap<>();
        // row label → counts per column (natural, commercial, research, welfare, legal, other, total)
        expect(expected, "一、本年新收政府信息公开申请数量", 5, 1, 0, 1, 2, 1, 10);
        expect(expected, "二、上年结转政府信息公开申请数量", 1, 0, 1, 0, 0, 0, 2);
        expect(expected, "（一）予以公开", 2, 0, 0, 0, 0, 0, 2);
        expect(expected, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 0, 0, 0, 0, 0, 1);
        expect(expected, "1.属于国家秘密", 1, 0, 0, 0, 0, 0, 1);
        expect(expected, "4.保护第三方合法权益", 0, 0, 0, 0, 1, 0, 1);
        expect(expected, "1.本机关不掌握相关政府信息", 0, 1, 0, 0, 0, 0, 1);
        expect(expected, "2.重复申请", 0, 0, 0, 1, 0, 0, 1);
        expect(expected, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 0, 0, 0, 0, 1, 0, 1);
        expect(expected, "3.其他", 0, 0, 0, 0, 0, 1, 1);
        expect(expected, "（七）总计", 4, 1, 0, 1, 2, 1, 9);
        expect(expected, "四、结转下年度继续办理", 2, 0, 1, 0, 0, 0, 3);

        assertThat(t.rows()).hasSize(25);
        int checked = 0;
        for (ReportRow row : t.rows()) {
            for (ReportColumn c : ReportColumn.values()) {
                String key = row.section() + "|" + row.label() + "|" + c;
                int want = expected.entrySet().stream()
                        .filter(e -> e.getKey().equals(row.label() + "|" + c)).mapToInt(Map.Entry::getValue).sum();
                assertThat(t.cell(row, c)).as(key).isEqualTo(want);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(25 * 7);
        assertThat(t.checkProblems()).isEmpty();
    }

    private static void expect(Map<String, Integer> m, String label, int... perColumn) {
        ReportColumn[] cols = ReportColumn.values();
        for (int i = 0; i < cols.length; i++) {
            if (perColumn[i] != 0) {
                m.put(label + "|" + cols[i], perColumn[i]);
            }
        }
    }

    @Test
    void theRowsAreTheNationalTemplatesInItsOrder() {
        List<String> labels = ReportRow.ALL.stream().map(ReportRow::label).toList();
        assertThat(labels.getFirst()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(labels.get(2)).isEqualTo("（一）予以公开");
        assertThat(labels.get(4)).isEqualTo("1.属于国家秘密");
        assertThat(labels.get(11)).isEqualTo("8.属于行政查询事项");
        assertThat(labels.get(12)).isEqualTo("1.本机关不掌握相关政府信息");
        assertThat(labels.get(15)).isEqualTo("1.信访举报投诉类申请");
        assertThat(labels.get(20)).isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        assertThat(labels.get(23)).isEqualTo("（七）总计");
        assertThat(labels.getLast()).isEqualTo("四、结转下年度继续办理");
        assertThat(ReportRow.ALL.get(5).section()).isEqualTo("三、本年度办理结果 （三）不予公开");
    }

    @Test
    void anEmptyYearIsAllZeroAndBalances() {
        AnnualReportTable t = AnnualReportTable.compute(2026, List.of());
        assertThat(t.cell(ReportRow.Kind.NEW, TOTAL)).isZero();
        assertThat(t.checkProblems()).isEmpty();
    }
}
