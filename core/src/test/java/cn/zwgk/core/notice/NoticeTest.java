package cn.zwgk.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    static Notice notice(NoticeStatus status, LocalDate start, LocalDate end) {
        return new Notice("0f8fad5b-d9cb-469f-a165-70867728950e", "110105001001", "subsistence-list",
                "低保/特困名单", "关于2026年11月城乡低保审批结果的公示", "经审核，以下家庭符合条件……", Map.of(),
                new PublicityPeriod(start, end), "社区居委会 电话 010-6512****", "朝阳门社区居民委员会", status,
                NoticeOrigin.CENTRAL, "central-admin", 1, Instant.parse("2026-11-20T02:00:00Z"), List.of());
    }

    @Test
    void visibleOnlyWhenPublishedAndInsideItsPeriodInclusive() {
        assertThat(notice(NoticeStatus.PUBLISHED, DAY, DAY.plusDays(6)).isVisibleOn(DAY)).isTrue();
        assertThat(notice(NoticeStatus.PUBLISHED, DAY.minusDays(6), DAY).isVisibleOn(DAY)).isTrue();
        assertThat(notice(NoticeStatus.PUBLISHED, DAY.minusDays(7), DAY.minusDays(1)).isVisibleOn(DAY)).isFalse();
        assertThat(notice(NoticeStatus.PUBLISHED, DAY.plusDays(1), null).isVisibleOn(DAY)).isFalse();
        assertThat(notice(NoticeStatus.PUBLISHED, DAY.minusDays(30), null).isVisibleOn(DAY)).isTrue();
        assertThat(notice(NoticeStatus.WITHDRAWN, DAY, DAY.plusDays(6)).isVisibleOn(DAY)).isFalse();
        assertThat(notice(NoticeStatus.DRAFT, DAY, DAY.plusDays(6)).isVisibleOn(DAY)).isFalse();
    }

    @Test
    void periodEndingBeforeItStartsIsRefusedNamingTheField() {
        List<Violation> violations = notice(NoticeStatus.PUBLISHED, DAY, DAY.minusDays(1)).validate().list();
        assertThat(violations).extracting(Violation::field).containsExactly("period.end");
        assertThat(violations.getFirst().problem()).contains("2026-11-23");
    }
}
