package cn.zwgk.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleAccessTest extends ConsoleViewTest {

    @Test
    void withoutLoginEveryPageShowsTheLoginForm() {
        UI.getCurrent().navigate(FleetView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).exists()).isTrue();
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageAndTheRightOneOpensTheDashboard() {
        navigate(LoginView.class);
        test($(LoginForm.class).single()).login("admin", "not-the-password");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isTrue();

        test($(LoginForm.class).single()).login("admin", "central-2026");
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    void aHallStaffMemberSeesNeitherStaffNorAuditAndIsRefusedWhenTypingTheirAddress() {
        actAs(new StaffSession("wang", "王芳", Set.of(Role.HALL_STAFF), "110199001001"));
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).containsExactly("首页");
        UI.getCurrent().navigate(StaffView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate(AuditView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void theAdminCreatesAnAccountAndTheAuditLogShowsIt() {
        actAs(admin());
        navigate(StaffView.class);
        @SuppressWarnings("unchecked")
        int before = test((Grid<cn.zwgk.server.staff.StaffStore.Row>) $(Grid.class).single()).size();
        test($(Button.class).withText("新建员工账户").single()).click();
        test($(TextField.class).withCaption("用户名").single()).setValue("zhao.lei");
        test($(TextField.class).withCaption("姓名").single()).setValue("赵磊");
        test($(PasswordField.class).single()).setValue("request-2026");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).single();
        roles.setValue(Set.of(Role.REQUEST_OFFICER));
        test($(Button.class).withText("保存").single()).click();

        @SuppressWarnings("unchecked")
        Grid<cn.zwgk.server.staff.StaffStore.Row> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(before + 1);
        navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<cn.zwgk.server.audit.AuditEntry> audit = $(Grid.class).single();
        assertThat(test(audit).getCellText(0, 2)).isEqualTo("新建员工账户");
        assertThat(test(audit).getCellText(0, 3)).isEqualTo("staff:zhao.lei");
    }

    @Test
    void aBadAccountIsRefusedWithTheReasonAndTheDialogKeepsWhatWasTyped() {
        actAs(admin());
        navigate(StaffView.class);
        test($(Button.class).withText("新建员工账户").single()).click();
        test($(TextField.class).withCaption("用户名").single()).setValue("sun.li");
        test($(TextField.class).withCaption("姓名").single()).setValue("孙丽");
        test($(PasswordField.class).single()).setValue("community-9");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).single();
        roles.setValue(Set.of(Role.COMMUNITY_STAFF));
        test($(Button.class).withText("保存").single()).click();

        assertThat($(TextField.class).withCaption("用户名").single().getValue()).isEqualTo("sun.li");
        assertThat($(com.vaadin.flow.component.notification.Notification.class).last().getElement().getProperty("text"))
                .contains("所属站点");
    }
}
