package cn.zwgk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The State Council's notices as published, read into exactly the calendars the software ships. */
class HolidayNoticeParserTest {
    static final String NOTICE_2026 = """
            国务院办公厅关于2026年部分节假日安排的通知
            一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
            二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
            三、清明节：4月4日（周六）至6日（周一）放假，共3天。
            四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
            五、端午节：6月19日（周五）至21日（周日）放假，共3天。
            六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
            七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
            """;
    static final String NOTICE_2025 = """
            一、元旦：1月1日（周三）放假1天，不调休。
            二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
            三、清明节：4月4日（周五）至6日（周日）放假，共3天。
            四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
            五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
            六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
            """;

    @Test
    void theNoticesOf2025And2026GiveExactlyTheCalendarsShippedForThoseYears() {
        CalendarBook shipped = CalendarBook.builtIn();
        for (var year : new int[] {2025, 2026}) {
            var parsed = HolidayNoticeParser.parse(year, year == 2025 ? NOTICE_2025 : NOTICE_2026);
            assertThat(parsed.notes()).isEmpty();
            assertThat(parsed.holidays()).isEqualTo(shipped.year(year).holidays());
            assertThat(parsed.adjustedWorkdays()).isEqualTo(shipped.year(year).adjustedWorkdays());
            assertThat(parsed.toCalendar(1).validate().list()).isEmpty();
        }
    }

    @Test
    void datesOfAnotherYearAndSentencesItCannotPlaceAreNamedForThePersonWhoChecks() {
        var parsed = HolidayNoticeParser.parse(2027, """
                一、元旦：2026年12月31日至2027年1月1日放假，共2天。
                二、另行通知：3月5日（周五）视情况安排。
                """);
        assertThat(parsed.holidays()).containsExactly(LocalDate.parse("2027-01-01"));
        assertThat(parsed.notes()).anySatisfy(n -> assertThat(n).contains("2026-12-31 不在 2027 年"))
                .anySatisfy(n -> assertThat(n).startsWith("未识别").contains("3月5日"));
        assertThat(HolidayNoticeParser.parse(2027, "").holidays()).isEmpty();
        assertThat(HolidayNoticeParser.parse(2027, "春节：2月30日至3日放假。").notes()).isNotEmpty();
    }
}
