package cn.zwgk.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 国办函〔2020〕109号, worked by hand. */
class FeeScheduleTest {
    @Test
    void byItemTheFirstTenOfTheMonthAreFreeAndEachBandOnlyChargesItsOwnItems() {
        assertThat(FeeSchedule.byItem(0, 10)).isZero();
        assertThat(FeeSchedule.byItem(0, 11)).isEqualTo(100);
        assertThat(FeeSchedule.byItem(0, 30)).isEqualTo(20 * 100);
        // 31–40 at ¥200, 41–50 at ¥300
        assertThat(FeeSchedule.byItem(0, 45)).isEqualTo(20 * 100 + 10 * 200 + 5 * 300);
        // items already requested this month count: the 11th item of the month is the first charged
        assertThat(FeeSchedule.byItem(10, 1)).isEqualTo(100);
        assertThat(FeeSchedule.byItem(29, 3)).isEqualTo(100 + 200 + 200);
    }

    @Test
    void byVolumeThirtyPagesAreFreeAndEachBandOnlyChargesItsOwnPages() {
        assertThat(FeeSchedule.byVolume(30)).isZero();
        assertThat(FeeSchedule.byVolume(31)).isEqualTo(10);
        assertThat(FeeSchedule.byVolume(100)).isEqualTo(70 * 10);
        assertThat(FeeSchedule.byVolume(150)).isEqualTo(70 * 10 + 50 * 20);
        assertThat(FeeSchedule.byVolume(250)).isEqualTo(70 * 10 + 100 * 20 + 50 * 40);
        assertThatThrownBy(() -> FeeSchedule.byVolume(-1)).hasMessageContaining("不能为负数");
    }
}
