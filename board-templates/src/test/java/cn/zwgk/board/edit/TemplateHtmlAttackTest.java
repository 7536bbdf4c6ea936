package cn.zwgk.board.edit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17 item 8: what the old template check let through. Each template is the built-in 活动预告 with one risky
 * line added, published by someone with the central admin's password; the check must name it.
 */
class TemplateHtmlAttackTest {
    static final NoticeTemplate EVENT = TemplateCatalog.builtIn().byId("event").orElseThrow();

    static List<String> problems(String risky) {
        NoticeTemplate t = new NoticeTemplate(EVENT.id(), EVENT.name(), EVENT.category(), EVENT.publicityDays(),
                EVENT.objectionContact(), EVENT.fields(), EVENT.version() + 1,
                EVENT.markup().replace("<@g.notice>", "<@g.notice>" + risky));
        return TemplateCheck.check(t, TemplateCatalog.builtIn().all()).list().stream().map(Violation::problem).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${title?noEsc}", "${title ? noEsc}", "${\"{}\"?evalJson}",
            "<img src=x/onerror=alert(1)>", "<img src=\"x\"onerror=\"alert(1)\">", "<svg/onload=alert(1)>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\"&#x6A;&#x61;vascript&colon;alert(1)\">x</a>",
            "<style>.zb-notice{background:url(http://127.0.0.1/track)}</style>", "< style >p{}</style>"})
    void theBypassesOfTheOldCheckAreNamed(String risky) {
        assertThat(problems(risky)).as(risky).isNotEmpty().allSatisfy(m -> assertThat(m).startsWith("不能"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // put together at run time: no pattern in the markup shows it, the sample render does
            "<${\"scr\" + \"ipt\"}>alert(1)</${\"scr\" + \"ipt\"}>",
            "<img src=\"x\" ${\"on\" + \"error\"}=\"alert(1)\">",
            "<img src=\"http://127.0.0.1:9/beacon.png\" alt=\"\">",
            "<div style=\"position:fixed;inset:0\">全屏遮盖</div>"})
    void htmlTheTemplateBuildsAtRunTimeIsCaughtInTheSampleRender(String risky) {
        assertThat(problems(risky)).as(risky).contains(
                "示例数据生成的网页含有不允许的标签或属性（只允许排版用的标签和 class，不允许脚本、样式、事件属性和外部链接）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p class=\"zb-p\">请带好身份证</p>", "<p class=\"zb-p\">联系人：王 onion=3</p>",
            "<table class=\"zb-table\"><tr><td colspan=\"2\">说明</td></tr></table>"})
    void plainLayoutStillPasses(String layout) {
        assertThat(problems(layout)).as(layout).isEmpty();
    }
}
