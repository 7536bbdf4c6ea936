package cn.zwgk.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.notice.Notice;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Demo data made for any day shows a live board that day: no test or demo goes blank as the calendar moves on. */
class DemoNoticeDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2026-12-20", "2027-03-01", "2031-12-20"})
    void everyCommunityHasNoticesAndListsInTheirPublicityPeriodOnTheDayTheDataIsMadeFor(String day) {
        LocalDate today = LocalDate.parse(day);
        List<Notice> notices = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED)
                .generate(DemoDataGenerator.DEMO_ITEM_COUNT, today).notices();
        List<Notice> dongHu = notices.stream().filter(n -> n.siteCode().equals("110199001001")).toList();
        assertThat(dongHu.stream().filter(n -> n.isVisibleOn(today))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(dongHu.stream().filter(n -> n.isVisibleOn(today) && n.templateId().equals("subsistence-list")))
                .as("a 低保/特困名单 in its 公示期 on %s", today).isNotEmpty();
        assertThat(dongHu.stream().filter(n -> !n.isVisibleOn(today))).as("some over or still to come").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-01"})
    void theDefaultDataIsTheDataOfTheDefaultDay(String other) {
        DemoDataGenerator g = new DemoDataGenerator(7);
        assertThat(g.generate(50)).isEqualTo(g.generate(50, DemoDataGenerator.DEFAULT_TODAY));
        assertThat(g.generate(50).notices()).isNotEqualTo(g.generate(50, LocalDate.parse(other)).notices());
    }
}
