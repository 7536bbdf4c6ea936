package cn.zwgk.board.edit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.TemplateField;
import cn.zwgk.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateCheckTest {
    static final List<NoticeTemplate> BUILT_IN = TemplateCatalog.builtIn().all();
    static final NoticeTemplate EVENT = TemplateCatalog.builtIn().byId("event").orElseThrow();

    static NoticeTemplate next(String markup) {
        return next(markup, EVENT.fields());
    }

    static NoticeTemplate next(String markup, List<TemplateField> fields) {
        return new NoticeTemplate(EVENT.id(), EVENT.name(), EVENT.category(), EVENT.publicityDays(), EVENT.objectionContact(),
                fields, EVENT.version() + 1, markup);
    }

    static List<String> problems(NoticeTemplate t) {
        return TemplateCheck.check(t, BUILT_IN).list().stream().map(Violation::problem).toList();
    }

    @Test
    void everyBuiltInTemplatePassesAsItsOwnNextVersion() {
        for (NoticeTemplate t : BUILT_IN) {
            NoticeTemplate again = new NoticeTemplate(t.id(), t.name(), t.category(), t.publicityDays(),
                    t.objectionContact(), t.fields(), t.version() + 1, t.markup());
            assertThat(problems(again)).as(t.id()).isEmpty();
        }
    }

    @Test
    void aChangedLayoutThatKeepsEscapingPasses() {
        assertThat(problems(next(EVENT.markup().replace("<dl class=\"zb-facts\">",
                "<p class=\"v2\">请提前十分钟到场</p><dl class=\"zb-facts\">")))).isEmpty();
    }

    @Nested
    class Refused {
        @ParameterizedTest
        @ValueSource(strings = {
                "${title?no_esc}", "<#noautoesc>${title}</#noautoesc>", "<#noAutoEsc>${title}</#noAutoEsc>",
                "<#outputformat \"plainText\">${title}</#outputformat>", "<#ftl output_format=\"plainText\">",
                "[#ftl auto_esc=false]", "${\"1\"?interpret}", "${\"1+1\"?eval}",
                "<#assign x = \"freemarker.template.utility.Execute\"?new()>", "${title?api}",
                "<script>alert(1)</script>", "<img src=\"x\" onerror=\"alert(1)\"/>", "<a href=\"javascript:alert(1)\">x</a>",
                "<#setting locale=\"en\">"})
        void riskyConstructsAreNamed(String risky) {
            assertThat(problems(next(EVENT.markup().replace("<@g.notice>", "<@g.notice>" + risky))))
                    .as(risky).isNotEmpty().allSatisfy(m -> assertThat(m).startsWith("不能"));
        }

        @Test
        void includingAnythingButTheSharedPartsIsRefused() {
            assertThat(problems(next("<#include \"/etc/passwd\">" + EVENT.markup())))
                    .containsExactly("只能引用系统自带的公共部分（如 /_notice.ftlh），不能引用“/etc/passwd”");
            assertThat(problems(next(EVENT.markup().replace("/_notice.ftlh", "../../secret.ftlh")))).isNotEmpty();
        }

        @Test
        void markupThatDoesNotParseNamesTheLine() {
            assertThat(problems(next(EVENT.markup().replace("</@g.notice>", "<#if title>"))))
                    .singleElement().asString().startsWith("第 ").contains("行").contains("语法错误");
        }

        @Test
        void anUndeclaredFieldAndADeclaredFieldNeverShownAreNamed() {
            String markup = "<#import \"/_notice.ftlh\" as g><@g.notice>${(fields.speaker.text)!\"\"}</@g.notice>";
            List<TemplateField> fields = List.of(new TemplateField("time", "活动时间", "text", true, 100));
            assertThat(problems(next(markup, fields))).containsExactlyInAnyOrder(
                    "引用了未声明的字段“speaker”，请在字段说明中声明",
                    "已声明但模板中没有显示它（可用 <@g.field name=\"time\"/> 或 <@g.rest/>）");
        }

        @Test
        void badFieldMetadataIsNamed() {
            List<TemplateField> fields = List.of(new TemplateField("time", "活动时间", "colour", true, 0),
                    new TemplateField("time", "", "text", false, 100));
            assertThat(problems(next(EVENT.markup(), fields))).anyMatch(m -> m.startsWith("类型“colour”无效"))
                    .contains("最大长度须在 1 到 20000 之间", "字段名重复");
        }

        @Test
        void aTemplateThatFailsWithSampleDataIsRefused() {
            assertThat(problems(next(EVENT.markup().replace("<@g.notice>", "<@g.notice>${fields.time.nosuch}"))))
                    .singleElement().asString().startsWith("示例数据无法生成 16:9 屏幕页面");
        }

        @Test
        void emptyMarkupIsRefused() {
            assertThat(problems(next(" "))).contains("不能为空");
        }
    }
}
