package cn.zwgk.board;

import cn.zwgk.core.notice.NoticeTemplate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {
    final TemplateCatalog catalog = TemplateCatalog.builtIn();

    @Test
    void theBuiltInSetCoversTheNoticeTypesOfTheDomainBrief() {
        assertThat(catalog.all()).extracting(NoticeTemplate::category)
                .contains("通知", "公示", "低保/特困名单", "养老服务补贴", "财务收支", "办事指南", "活动通知");
        assertThat(catalog.byId("subsistence-list")).hasValueSatisfying(t -> {
            assertThat(t.publicityDays()).isEqualTo(7);
            assertThat(t.objectionContact()).isTrue();
        });
        assertThat(catalog.byId("service-guide")).hasValueSatisfying(t -> assertThat(t.openEnded()).isTrue());
    }

    @Test
    void everyDemoNoticeUsesAKnownTemplateWithItsCategory() {
        for (Notice n : new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(500).notices()) {
            assertThat(catalog.byId(n.templateId())).as(n.templateId())
                    .hasValueSatisfying(t -> assertThat(t.category()).isEqualTo(n.category()));
        }
    }
}
