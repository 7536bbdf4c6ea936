package cn.zwgk.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.request.RequestDeskView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 5: a console session used to live as long as the browser's heartbeat, and kept the roles it
 * logged in with. Now it ends after 30 idle minutes, and at the next request after the account is deactivated,
 * loses a role or has its password reset.
 */
class ConsoleSessionTest extends ConsoleViewTest {
    static final StaffSession OFFICER = new StaffSession("zhao.officer", "赵办理", Set.of(Role.REQUEST_OFFICER), null);
    static final StaffSession SECOND_ADMIN = new StaffSession("qian.admin", "钱管理", Set.of(Role.CENTRAL_ADMIN), null);

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    void assertLoggedOutWith(String reason) {
        assertThatThrownBy(ConsoleSession::require).isInstanceOf(AccessDeniedException.class).hasMessage(reason);
        UI.getCurrent().navigate(RequestDeskView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(Paragraph.class).id("login-ended").getText()).isEqualTo(reason);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesButNotWhileTheOfficerWorks() {
        actAs(OFFICER);
        navigate(RequestDeskView.class);
        clock.advance(Duration.ofMinutes(25));
        navigate(RequestDeskView.class);
        clock.advance(Duration.ofMinutes(25));
        assertThat(ConsoleSession.current()).as("25 minutes after the last request").contains(OFFICER);

        clock.advance(Duration.ofMinutes(31));

        assertLoggedOutWith("因超过 30 分钟未操作，已自动退出，请重新登录");
    }

    @Test
    void aDeactivatedAccountIsOutAtItsNextRequest() {
        actAs(OFFICER);
        navigate(RequestDeskView.class);

        services.staff().update(admin(), OFFICER.username(), OFFICER.displayName(), OFFICER.roles(), null, false);

        assertLoggedOutWith("您的账户已被停用或修改（角色、所属站点或密码），请重新登录");
    }

    @Test
    void aRemovedAdminRoleCannotBeUsedByTheSessionThatHeldIt() {
        actAs(SECOND_ADMIN);
        navigate(StaffView.class);

        services.staff().update(admin(), SECOND_ADMIN.username(), SECOND_ADMIN.displayName(),
                Set.of(Role.REQUEST_OFFICER), null, true);

        // the session still holds CENTRAL_ADMIN in memory; the next request must not act on it
        assertThatThrownBy(() -> services.fleet().revoke(ConsoleSession.require(), "any-kiosk"))
                .isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate(StaffView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void aPasswordResetEndsTheSessionsOpenedWithTheOldPassword() {
        actAs(OFFICER);
        navigate(RequestDeskView.class);

        services.staff().resetPassword(admin(), OFFICER.username(), "new-password-2026");

        assertLoggedOutWith("您的账户已被停用或修改（角色、所属站点或密码），请重新登录");
    }
}
