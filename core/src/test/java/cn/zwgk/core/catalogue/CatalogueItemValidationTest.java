package cn.zwgk.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.validation.ValidationException;
import cn.zwgk.core.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueItemValidationTest {

    static CatalogueItem valid() {
        return new CatalogueItem("5b0c7c4e-2f6e-4a8e-9d7c-0c1f0e6b8a11", ItemKind.ITEM, "social-insurance", 1,
                "社会保险参保", "城乡居民基本养老保险参保登记", "参保条件、办理材料、办理流程、办理时限",
                "《中华人民共和国社会保险法》", "信息形成或者变更之日起20个工作日内", "区人力资源和社会保障局",
                List.of("政府网站", "政务服务中心"), Audience.PUBLIC, DisclosureMethod.PROACTIVE,
                AdministrativeLevel.COUNTY, "https://www.example.gov.cn/zwgk/1.html", null, List.of(), "zh-Hans", 1,
                Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void aCompleteItemHasNoViolations() {
        assertThat(valid().validate().list()).isEmpty();
    }

    @Nested
    class Refused {
        @Test
        void missingNameIsNamedByFieldAndLabel() {
            CatalogueItem item = with(valid(), "name", " ");
            List<Violation> violations = item.validate().list();
            assertThat(violations).extracting(Violation::field).containsExactly("name");
            assertThat(violations.getFirst().message()).isEqualTo("「二级事项(事项名称)」(name)：不能为空");
        }

        @Test
        void proactiveItemNeedsBasisTimeLimitAndChannels() {
            CatalogueItem v = valid();
            CatalogueItem item = new CatalogueItem(v.id(), v.kind(), v.domainCode(), 1, v.level1(), v.name(),
                    v.content(), null, "", v.responsibleBody(), List.of(), v.audience(), v.method(), v.level(),
                    v.onlineUrl(), null, List.of(), "zh-Hans", 1, v.updatedAt());
            assertThat(item.validate().list()).extracting(Violation::field)
                    .containsExactlyInAnyOrder("basis", "timeLimit", "channels");
        }

        @Test
        void badUrlAndLanguage() {
            CatalogueItem v = valid();
            CatalogueItem item = new CatalogueItem(v.id(), v.kind(), v.domainCode(), 1, v.level1(), v.name(),
                    v.content(), v.basis(), v.timeLimit(), v.responsibleBody(), v.channels(), v.audience(), v.method(),
                    v.level(), "javascript:alert(1)", null, List.of(), "en", 1, v.updatedAt());
            assertThat(item.validate().list()).extracting(Violation::field)
                    .containsExactlyInAnyOrder("onlineUrl", "language");
        }

        @Test
        void documentDatesOutOfOrderNameTheNestedField() {
            CatalogueItem v = valid();
            DocumentMetadata doc = new DocumentMetadata("000014349/2025-00001", "城东区人民政府办公室",
                    LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 1), "城东政办发〔2025〕3号", "综合政务\\政务公开",
                    null, "面向全社会", "有效", null);
            CatalogueItem item = new CatalogueItem(v.id(), v.kind(), v.domainCode(), 1, v.level1(), v.name(),
                    v.content(), v.basis(), v.timeLimit(), v.responsibleBody(), v.channels(), v.audience(), v.method(),
                    v.level(), v.onlineUrl(), doc, List.of(), "zh-Hans", 1, v.updatedAt());
            assertThat(item.validate().list()).extracting(Violation::field).containsExactly("document.publishedDate");
        }

        @Test
        void throwIfAnyCarriesEveryMessage() {
            CatalogueItem item = with(valid(), "name", "");
            assertThatThrownBy(() -> item.validate().throwIfAny("目录事项"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("目录事项 校验失败")
                    .hasMessageContaining("(name)");
        }

        @Test
        void linksMayOnlyPointToInterpretationsAndHotQuestions() {
            CatalogueItem v = valid();
            CatalogueItem item = new CatalogueItem(v.id(), v.kind(), v.domainCode(), 1, v.level1(), v.name(),
                    v.content(), v.basis(), v.timeLimit(), v.responsibleBody(), v.channels(), v.audience(), v.method(),
                    v.level(), v.onlineUrl(), null, List.of(new ItemLink(ItemKind.ITEM, v.id())), "zh-Hans", 1,
                    v.updatedAt());
            assertThat(item.validate().list()).extracting(Violation::field).containsExactly("links");
        }
    }

    private static CatalogueItem with(CatalogueItem v, String field, String value) {
        return new CatalogueItem(v.id(), v.kind(), v.domainCode(), v.serialNo(), v.level1(),
                "name".equals(field) ? value : v.name(), v.content(), v.basis(), v.timeLimit(), v.responsibleBody(),
                v.channels(), v.audience(), v.method(), v.level(), v.onlineUrl(), v.document(), v.links(),
                v.language(), v.version(), v.updatedAt());
    }
}
