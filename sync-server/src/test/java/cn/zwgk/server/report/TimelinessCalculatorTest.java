package cn.zwgk.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CountedDate;
import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DisclosureMethod;
import cn.zwgk.core.catalogue.DocumentMetadata;
import cn.zwgk.core.catalogue.ItemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deadlines hand-counted on the State Council's 2026 calendar (Mid-Autumn 9-25, National Day 10-1…10-7, 10-10 worked). */
class TimelinessCalculatorTest {
    static final TimelinessCalculator CALC = new TimelinessCalculator(CalendarBook.builtIn());

    static CatalogueItem document(String publisher, String name, LocalDate formed, LocalDate published) {
        return new CatalogueItem(UUID.randomUUID().toString(), ItemKind.ITEM, "finance", 1, "财政预决算", name, "全文",
                "《政府信息公开条例》", "信息形成或者变更之日起20个工作日内", "区财政局", List.of("政府网站"), Audience.PUBLIC,
                DisclosureMethod.PROACTIVE, AdministrativeLevel.COUNTY, null,
                new DocumentMetadata("000014349/2026-" + name.hashCode(), publisher, formed, published, null, null, null,
                        "面向全社会", "有效", null),
                List.of(), "zh-Hans", 1, Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void theTwentiethWorkingDaySkipsTheNationalDayHolidaysAndCountsTheAdjustedSaturday() {
        assertThat(CALC.due(LocalDate.of(2026, 9, 21))).isEqualTo(new CountedDate(LocalDate.of(2026, 10, 26), false));
        assertThat(CALC.due(LocalDate.of(2026, 3, 2))).isEqualTo(new CountedDate(LocalDate.of(2026, 3, 30), false));
    }

    @Test
    void aDocumentFormedLateInTheYearIsJudgedOnAProvisionalDateUntilNextYearsCalendarIsEntered() {
        // formed Mon 2026-12-14: 12/15(1) … 12/31(13); 2027 Mon–Fri: 1/1(14) 1/4(15) … 1/8(19) 1/11(20)
        assertThat(CALC.due(LocalDate.of(2026, 12, 14))).isEqualTo(new CountedDate(LocalDate.of(2027, 1, 11), true));
        TimelinessReport r = CALC.report(List.of(document("区财政局", "年终通知", LocalDate.of(2026, 12, 14),
                LocalDate.of(2027, 1, 13))), YearMonth.of(2027, 1), YearMonth.of(2027, 1));
        assertThat(r.late()).extracting(LatePublication::dueText, LatePublication::workingDaysLate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2027-01-11（暂定）", 2));
    }

    @Test
    void publicationsAreCountedPerDepartmentAndMonthWithTheLateOnesListed() {
        List<CatalogueItem> items = List.of(
                document("区财政局", "2026年区级预算", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 26)),
                document("区财政局", "2026年区级决算", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 28)),
                document("区财政局", "三公经费说明", null, LocalDate.of(2026, 10, 9)),
                document("区教育局", "招生政策", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)),
                document("区教育局", "去年的文件", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)),
                document(" ", "无发布机构的文件", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)));

        TimelinessReport r = CALC.report(items, YearMonth.of(2026, 1), YearMonth.of(2026, 12));

        assertThat(r.rows()).containsExactly(
                new DepartmentMonth("区教育局", YearMonth.of(2026, 3), 1, 0, 1, 0),
                new DepartmentMonth("区财政局", YearMonth.of(2026, 3), 1, 1, 0, 0),
                new DepartmentMonth("区财政局", YearMonth.of(2026, 10), 3, 1, 1, 1));
        assertThat(r.late()).extracting(LatePublication::name, LatePublication::due, LatePublication::workingDaysLate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("招生政策", LocalDate.of(2026, 3, 30), 1),
                        org.assertj.core.groups.Tuple.tuple("2026年区级决算", LocalDate.of(2026, 10, 26), 2));
        assertThat(r.rows().get(2).onTimePercent()).isEqualTo(50.0);
    }

    @Test
    void aYearWithoutACalendarIsJudgedMondayToFridayNotLeftUnknown() {
        TimelinessReport r = CALC.report(List.of(document("区财政局", "2027年预算", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 5))), YearMonth.of(2027, 1), YearMonth.of(2027, 1));
        assertThat(r.rows()).containsExactly(new DepartmentMonth("区财政局", YearMonth.of(2027, 1), 1, 1, 0, 0));
        assertThat(r.late()).isEmpty();
    }
}
