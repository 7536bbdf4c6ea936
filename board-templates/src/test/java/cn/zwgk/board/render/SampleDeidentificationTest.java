package cn.zwgk.board.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every built-in template's sample with personal data typed in full, rendered for the wall screen, the kiosk and
 * print: what is shown is what {@link cn.zwgk.core.privacy.Deidentification} allows, in every medium.
 */
class SampleDeidentificationTest {
    /** Typed into every sample's body: an ID number, a mobile number and a bank card number. */
    static final String BODY_LINE = "经办人电话13812345678，身份证350102199001011234，补贴账户6222021234567890123。";
    static final List<String> BODY_SHOWN = List.of("138****5678", "35*************234", "6222***********0123");
    static final List<String> BODY_HIDDEN = List.of("13812345678", "350102199001011234", "6222021234567890123");
    final NoticeRenderer renderer = NoticeRenderer.builtIn();

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {
        // template         | field       | typed into the field (a further line)               | shown        | never shown
        "notice             | contact     | 网格员 13912345678                                   | 139****5678  | 13912345678",
        "publicity          | details     | 赵*平，身份证11010119900307123X                       | 11*************23X | 11010119900307123X",
        "subsistence-list   | households  | 欧阳小明锋，2人，1560元/月                             | 欧***锋      | 欧阳小明锋",
        "subsistence-list   | households  | 王建国，4人，3120元/月                                 | 王*国        | 王建国",
        "elderly-subsidy    | recipients  | 钱，85岁，高龄津贴100元/月                              | 3 * 85岁     | 钱 85岁",
        "elderly-subsidy    | recipients  | 孙大海，92岁，卡号6217 0000 1234 5678 901              | 6217***********8901 | 6217 0000",
        "finance            | income      | 代发补贴（账户6222021234567890123）：1,000.00元         | 6222***********0123 | 6222021234567890123",
        "service-guide      | place       | 东湖社区党群服务中心（值班 13712345678）                 | 137****5678  | 13712345678",
        "event              | signup      | 报名请联系 15012345678                                 | 150****5678  | 15012345678",
        "disability-subsidy | recipients  | 孙建平，重度残疾人护理补贴200元/月                      | 孙*平        | 孙建平",
        "housing            | households  | 吴丽芳，3人，身份证350102199001011234                   | 吴*芳        | 吴丽芳",
        "school-enrolment   | schedule    | 咨询电话 18612345678                                   | 186****5678  | 18612345678",
    })
    void personalDataTypedInFullIsShownDeidentifiedOnScreenKioskAndPaper(String template, String field, String typed,
            String shown, String hidden) {
        Notice sample = NoticeRendererTest.byTemplate(template);
        Map<String, String> fields = new HashMap<>(sample.fields());
        fields.merge(field, typed, (was, more) -> was + "\n" + more);
        Notice n = SampleNotices.of(template, sample.category(), sample.title(), sample.body() + "\n" + BODY_LINE, fields,
                sample.period().end(), sample.objectionContact());

        for (Map.Entry<String, String> medium : renderings(n).entrySet()) {
            assertThat(medium.getValue()).as(template + " on " + medium.getKey())
                    .contains(shown).contains(BODY_SHOWN)
                    .doesNotContain(hidden).doesNotContain(BODY_HIDDEN);
        }
    }

    @Test
    void theTableCoversEveryBuiltInTemplate() {
        assertThat(TemplateCatalog.builtIn().all().stream().map(NoticeTemplate::id))
                .containsExactlyInAnyOrder("notice", "publicity", "subsistence-list", "elderly-subsidy", "finance",
                        "service-guide", "event", "disability-subsidy", "housing", "school-enrolment");
    }

    private Map<String, String> renderings(Notice n) {
        String url = "https://zwgk.example.gov.cn/n/" + n.id();
        return Map.of(
                "screen", Jsoup.parse(String.join("", renderer.screenPages(n, url))).text(),
                "kiosk", Jsoup.parse(renderer.kioskFragment(n, url)).text(),
                "print", Jsoup.parse(renderer.printDocument(List.of(n), Paper.A4, x -> url)).text());
    }
}
