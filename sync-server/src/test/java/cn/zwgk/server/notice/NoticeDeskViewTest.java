package cn.zwgk.server.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.validation.ValidationException;
import cn.zwgk.server.console.ConsoleViewTest;
import cn.zwgk.server.sync.ChangeLogStore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The central notice editor on the real server wiring: draft, publish to the site's kiosks, correct, roles. */
class NoticeDeskViewTest extends ConsoleViewTest {
    private static final String SITE = "110199001001";
    private static final StaffSession COMMUNITY = new StaffSession("shequ", "社区工作人员", Set.of(Role.COMMUNITY_STAFF), SITE);

    @BeforeAll
    static void demoData() {
        server.importer().importDataset(new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(50));
    }

    private static NoticeTemplate general() {
        return services.notices().templates().stream().filter(t -> t.fields().stream().noneMatch(f -> f.required()))
                .findFirst().orElse(services.notices().templates().getFirst());
    }

    private static Notice filled(Notice draft, String title) {
        var fields = new java.util.HashMap<String, String>();
        services.notices().template(draft.templateId()).orElseThrow().fields().forEach(f -> fields.put(f.name(),
                "ledger".equals(f.type()) ? "收入|低保资金|1000.00" : "测试内容"));
        return new Notice(draft.id(), draft.siteCode(), draft.templateId(), draft.category(), title, "正文第一段。",
                fields, draft.period(), "联系电话 010-12345678", draft.issuer(), draft.status(), draft.origin(),
                draft.author(), draft.version(), draft.updatedAt(), List.of(), draft.templateVersion(), false, false);
    }

    @Test
    void communityStaffPublishAndCorrectANoticeForTheirOwnSiteOnly() {
        NoticeTemplate template = general();
        Notice draft = services.notices().draft(COMMUNITY, template, SITE, "东湖社区居民委员会");
        Notice saved = services.notices().saveDraft(COMMUNITY, filled(draft, "草稿：冬季供暖通知"));
        long before = server.database().inTransaction(new ChangeLogStore(Clock.systemUTC())::latestSeq);
        assertThat(saved.status()).isEqualTo(NoticeStatus.DRAFT);

        Notice published = services.notices().publish(COMMUNITY, filled(saved, "冬季供暖通知<script>alert(1)</script>"));
        Notice corrected = services.notices().publish(COMMUNITY, filled(published, "冬季供暖通知（更正）"));
        assertThat(corrected.version()).isEqualTo(3);

        List<Change> log = server.database().inTransaction(c -> new ChangeLogStore(Clock.systemUTC()).since(c, before, 10));
        assertThat(log).extracting(Change::type).containsOnly(RecordType.NOTICE);
        assertThat(log).hasSize(2);
        assertThat(services.notices().history(COMMUNITY, draft.id())).extracting(Notice::title)
                .containsExactly("冬季供暖通知<script>alert(1)</script>", "冬季供暖通知（更正）");

        Notice other = services.notices().draft(new StaffSession("a", "管理员", Set.of(Role.CENTRAL_ADMIN), null), template,
                "110199001002", "西湖社区居民委员会");
        assertThatThrownBy(() -> services.notices().publish(COMMUNITY, filled(other, "越权"))).isInstanceOf(
                AccessDeniedException.class).hasMessageContaining("本社区");
        Notice urgent = filled(services.notices().draft(COMMUNITY, template, SITE, "东湖社区居民委员会"), "紧急");
        Notice urgentFlagged = new Notice(urgent.id(), urgent.siteCode(), urgent.templateId(), urgent.category(),
                urgent.title(), urgent.body(), urgent.fields(), urgent.period(), urgent.objectionContact(), urgent.issuer(),
                urgent.status(), urgent.origin(), urgent.author(), urgent.version(), urgent.updatedAt(), List.of(),
                urgent.templateVersion(), false, true);
        assertThatThrownBy(() -> services.notices().publish(COMMUNITY, urgentFlagged))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.notices().publish(COMMUNITY, filled(draft, "")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("标题");
    }

    @Test
    void theEditorPreviewsWhatWasTypedAsText() {
        actAs(COMMUNITY);
        navigate(NoticesView.class);
        @SuppressWarnings("unchecked")
        ComboBox<cn.zwgk.core.site.Site> site = $(ComboBox.class).withCaption("站点").single();
        site.setValue(site.getListDataView().getItems().findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<NoticeTemplate> template = $(ComboBox.class).withCaption("模板").single();
        template.setValue(general());
        test($(Button.class).withText("新建公告").single()).click();
        test($(TextField.class).withCaption("标题").single()).setValue("<b>停水</b>通知");
        $(com.vaadin.flow.component.tabs.TabSheet.class).last().setSelectedIndex(1); // the dialog's preview tab renders
        String srcdoc = $(IFrame.class).single().getElement().getAttribute("srcdoc");
        assertThat(srcdoc).contains("&lt;b&gt;停水&lt;/b&gt;通知").doesNotContain("<b>停水</b>");
    }
}
