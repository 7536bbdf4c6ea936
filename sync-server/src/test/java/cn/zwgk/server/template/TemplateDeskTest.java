package cn.zwgk.server.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.TemplateField;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.validation.ValidationException;
import cn.zwgk.server.audit.AuditEntry;
import cn.zwgk.server.console.AccessDeniedView;
import cn.zwgk.server.console.ConsoleViewTest;
import cn.zwgk.server.sync.ChangeLogStore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Central template management on the real server wiring (Derby in a temp folder): publish path, refusals, screen. */
class TemplateDeskTest extends ConsoleViewTest {
    static final StaffSession COMMUNITY = new StaffSession("shequ", "社区工作人员", Set.of(Role.COMMUNITY_STAFF),
            "110199001001");

    static NoticeTemplate builtIn(String id) {
        return TemplateCatalog.builtIn().byId(id).orElseThrow();
    }

    static NoticeTemplate withMarkup(NoticeTemplate t, String markup) {
        return new NoticeTemplate(t.id(), t.name(), t.category(), t.publicityDays(), t.objectionContact(), t.fields(),
                t.version(), markup);
    }

    static long head() {
        return server.database().inTransaction(new ChangeLogStore(Clock.systemUTC())::latestSeq);
    }

    static List<Change> logSince(long seq) {
        return server.database().inTransaction(c -> new ChangeLogStore(Clock.systemUTC()).since(c, seq, 100));
    }

    @Test
    void noticesWithoutARecordedVersionCountAsUsingTheNewestOne() {
        var dataset = new cn.zwgk.core.demo.DemoDataGenerator(7).generate(20);
        java.util.Map<String, Long> unrecorded = dataset.notices().stream().filter(n -> n.templateVersion() == 0)
                .collect(java.util.stream.Collectors.groupingBy(cn.zwgk.core.notice.Notice::templateId,
                        java.util.stream.Collectors.counting()));
        assertThat(unrecorded).as("the demo notices carry no template version").isNotEmpty();
        server.importer().importDataset(dataset);

        for (TemplateDesk.Summary summary : services.templates().list(admin())) {
            assertThat(summary.inUse()).as(summary.id()).isGreaterThanOrEqualTo(unrecorded.getOrDefault(summary.id(), 0L));
        }
    }

    @Test
    void publishingMakesTheNextVersionLogsItForTheKiosksAndAuditsIt() {
        NoticeTemplate v1 = builtIn("notice");
        long before = head();
        NoticeTemplate v2 = services.templates().publish(admin(), withMarkup(v1,
                v1.markup().replace("<@g.notice>", "<@g.notice><p class=\"zb-v2\">（第二版）</p>")));

        assertThat(v2.version()).isEqualTo(2);
        List<Change> log = logSince(before);
        assertThat(log).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(RecordType.TEMPLATE);
            assertThat(c.id()).isEqualTo("notice");
            NoticeTemplate synced = SyncJson.convert(c.payload(), NoticeTemplate.class);
            assertThat(synced.version()).isEqualTo(2);
            assertThat(synced.markup()).contains("zb-v2");
        });
        assertThat(services.templates().history(admin(), "notice")).extracting(v -> v.template().version())
                .containsExactly(2, 1);
        assertThat(services.templates().list(admin())).filteredOn(s -> s.id().equals("notice")).singleElement()
                .satisfies(s -> {
                    assertThat(s.version()).isEqualTo(2);
                    assertThat(s.lastChangedBy()).isEqualTo("admin");
                });
        List<AuditEntry> audit = services.audit().recent(admin(), "admin", "template:notice", 5);
        assertThat(audit).extracting(AuditEntry::action).contains("TEMPLATE_PUBLISHED");
        assertThat(audit.getFirst().detail()).startsWith("第 2 版");

        // whatever version the draft carries, the next one is the stored newest + 1
        assertThat(services.templates().publish(admin(), v1).version()).isEqualTo(3);
        assertThat(services.templates().newest("notice")).hasValueSatisfying(t -> assertThat(t.version()).isEqualTo(3));
    }

    @Nested
    class Refused {
        final NoticeTemplate event = builtIn("event");

        void refused(NoticeTemplate draft, String reason) {
            long before = head();
            assertThatThrownBy(() -> services.templates().publish(admin(), draft)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining(reason);
            assertThat(logSince(before)).as("nothing published").isEmpty();
            assertThat(services.templates().history(admin(), draft.id())).hasSize(1);
        }

        @Test
        void switchingEscapingOff() {
            refused(withMarkup(event, event.markup().replace("${fields.time.text}", "${fields.time.text?no_esc}")),
                    "?no_esc");
            refused(withMarkup(event, "<#ftl output_format=\"plainText\">" + event.markup()), "<#ftl");
            refused(withMarkup(event, event.markup().replace("<@g.notice>", "<@g.notice><#noautoesc>${title}</#noautoesc>")),
                    "<#noautoesc>");
        }

        @Test
        void reachingIntoJavaOrEvaluatingText() {
            refused(withMarkup(event, event.markup().replace("<@g.notice>",
                    "<@g.notice><#assign x=\"freemarker.template.utility.Execute\"?new()>")), "?new");
            refused(withMarkup(event, event.markup().replace("<@g.notice>", "<@g.notice>${title?interpret}")), "?interpret");
        }

        @Test
        void includingOutsideFiles() {
            refused(withMarkup(event, "<#include \"/../../../etc/passwd\">" + event.markup()), "只能引用系统自带的公共部分");
        }

        @Test
        void markupThatDoesNotParse() {
            refused(withMarkup(event, event.markup().replace("</@g.notice>", "")), "语法错误");
        }

        @Test
        void anUndeclaredField() {
            NoticeTemplate fewer = new NoticeTemplate(event.id(), event.name(), event.category(), event.publicityDays(),
                    event.objectionContact(), List.of(new TemplateField("signup", "报名方式", "text", false, 200)), 1,
                    event.markup());
            refused(fewer, "引用了未声明的字段“time”");
        }

        @Test
        void aRenderThatFailsWithSampleData() {
            refused(withMarkup(event, event.markup().replace("<@g.notice>", "<@g.notice>${fields.time.missing}")),
                    "示例数据无法生成 16:9 屏幕页面");
        }

        @Test
        void anyoneButTheCentralAdmin() {
            assertThatThrownBy(() -> services.templates().publish(COMMUNITY, event)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> services.templates().list(COMMUNITY)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theScreenListsTemplatesPreviewsANewVersionAndPublishesOnlyWhatWasPreviewed() {
        actAs(admin());
        navigate(TemplatesView.class);
        @SuppressWarnings("unchecked")
        Grid<TemplateDesk.Summary> list = $(Grid.class).first();
        assertThat(test(list).size()).isEqualTo(TemplateCatalog.builtIn().all().size());
        list.select(services.templates().list(admin()).stream().filter(s -> s.id().equals("housing")).findFirst()
                .orElseThrow());
        test($(Button.class).withText("制作第 2 版").single()).click();

        TextArea markup = $(TextArea.class).withCaption("模板内容（FreeMarker .ftlh，自动转义）").single();
        String good = markup.getValue().replace("<@g.notice>", "<@g.notice><p class=\"zb-v2\">请携带身份证</p>");
        markup.setValue(good.replace("<p class=\"zb-v2\">", "<p class=\"zb-v2\">${title?no_esc}"));
        test($(Button.class).withText("检查并预览").single()).click();
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).anyMatch(t -> t.contains("?no_esc"));
        assertThat($(Button.class).withText("发布为第 2 版").single().isEnabled()).isFalse();

        markup.setValue(good);
        test($(Button.class).withText("检查并预览").single()).click();
        assertThat($(IFrame.class).single().getElement().getAttribute("srcdoc")).contains("请携带身份证").contains("【示例】");
        Button publish = $(Button.class).withText("发布为第 2 版").single();
        assertThat(publish.isEnabled()).isTrue();
        test(publish).click();

        assertThat(services.templates().newest("housing")).hasValueSatisfying(t -> {
            assertThat(t.version()).isEqualTo(2);
            assertThat(t.markup()).contains("请携带身份证");
        });
        assertThat($(Button.class).withText("制作第 3 版").all()).hasSize(1);
    }

    @Test
    void communityStaffCannotOpenTheScreen() {
        actAs(COMMUNITY);
        com.vaadin.flow.component.UI.getCurrent().navigate(TemplatesView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
