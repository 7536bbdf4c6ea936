package cn.zwgk.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.request.ApplicantType;
import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.IdDocumentType;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.InformationForm;
import cn.zwgk.core.request.RequestState;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.console.AccessDeniedView;
import cn.zwgk.server.console.ConsoleViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The desk's screens on the real server wiring: list, detail with masked personal data, an action, roles. */
class RequestDeskViewTest extends ConsoleViewTest {
    private static final StaffSession OFFICER = new StaffSession("officer1", "王办理", Set.of(Role.REQUEST_OFFICER), null);

    private String file(String name) {
        Instant now = services.clock().instant();
        String kiosk = "kiosk-view-1";
        InfoRequest r = new InfoRequest(UUID.randomUUID().toString(),
                TrackingCode.issue(TrackingCode.kioskNumberFor(kiosk), System.nanoTime() % 100000).toString(), kiosk,
                "110199001001", ApplicantType.NATURAL_PERSON, null, name, null, IdDocumentType.RESIDENT_ID,
                "11010519491231002X", "13800131234", null, null, "本社区2026年低保资金发放明细", InformationForm.PAPER, null,
                DeliveryMethod.COLLECT, true, now, "Asia/Shanghai", LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai")), false);
        server.database().useTransaction(c -> server.requests().intake().receive(c, kiosk, SyncJson.tree(r), now));
        return r.id();
    }

    @Test
    void theOfficerFindsARequestSeesItMaskedAndRegistersIt() {
        String id = file("张小三");
        actAs(OFFICER);
        navigate(RequestDeskView.class);
        @SuppressWarnings("unchecked")
        Grid<RequestSummary> list = $(Grid.class).single();
        assertThat(test(list).size()).isGreaterThanOrEqualTo(1);

        UI.getCurrent().navigate(RequestDetailView.class, id);
        TextField name = $(TextField.class).withCaption("申请人").single();
        assertThat(name.getValue()).isEqualTo("张*三");
        assertThat($(TextField.class).withCaption("联系电话").single().getValue()).isEqualTo("138****1234");

        test($(Button.class).withText("登记").single()).click();
        test($(TextField.class).withCaption("承办部门").single()).setValue("民政科");
        test($(Button.class).withText("确认登记").single()).click();

        RequestSummary after = server.requests().desk().detail(OFFICER, id).summary();
        assertThat(after.state()).isEqualTo(RequestState.REGISTERED);
        assertThat(after.department()).isEqualTo("民政科");
        assertThat(after.dueDate()).isNotNull();
        LocalDate received = LocalDate.ofInstant(services.clock().instant(), ZoneId.of("Asia/Shanghai"));
        // provisional exactly when the 20 working days reach a year without an official calendar
        assertThat(after.dueProvisional()).isEqualTo(after.dueDate().getYear() > 2026);
        assertThat(after.dueDate()).isAfter(received.plusDays(25));
        assertThat($(Button.class).withText("登记").exists()).as("registered once only").isFalse();
    }

    @Test
    void aCommunityWorkerCannotOpenTheDesk() {
        file("李四");
        actAs(new StaffSession("li.na", "李娜", Set.of(Role.COMMUNITY_STAFF), "110199001001"));
        UI.getCurrent().navigate(RequestDeskView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void theAnnualReportShowsThisYearWithItsCheck() {
        file("王五");
        actAs(OFFICER);
        navigate(AnnualReportView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .anyMatch(p -> p.getText().startsWith("校验通过"));
    }

    @Test
    void theDeadlineCalculatorGivesEveryDeadlineAndSaysWhichAreProvisional() {
        actAs(OFFICER);
        navigate(DeadlineCalculatorView.class);
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).single()).setValue(LocalDate.parse("2026-12-20"));
        assertThat(text("deadline-reply")).isEqualTo("答复期限（20 个工作日）：2027-01-15（暂定）");
        assertThat(text("deadline-correction")).isEqualTo("补正告知最迟（7 个工作日）：2026-12-29");
        assertThat(text("deadline-provisional")).contains("2027 年的工作日历尚未录入");
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).single()).setValue(LocalDate.parse("2026-03-02"));
        assertThat(text("deadline-reply")).isEqualTo("答复期限（20 个工作日）：2026-03-30");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withId("deadline-provisional").exists()).isFalse();
    }

    @Test
    void theFrontPageWarnsThatACalendarIsMissingAndAnAdminIsTakenToEnterIt() {
        // the test day is in December 2026 (2027 not entered) or later (that year not entered): a warning either way
        actAs(OFFICER);
        navigate(cn.zwgk.server.console.DashboardView.class);
        assertThat(text("calendar-missing")).contains("年工作日历尚未录入");
    }

    private String text(String id) {
        return $(com.vaadin.flow.component.Component.class).withId(id).single().getElement().getTextRecursively();
    }
}
