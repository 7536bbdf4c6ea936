package cn.zwgk.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.staff.PasswordHasher;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.kiosk.board.NoticeDeskView;
import cn.zwgk.kiosk.sync.SyncStatusView;
import cn.zwgk.kiosk.testing.KioskViewTest;
import cn.zwgk.kiosk.testing.ViewFixture;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff screens are closed to residents: the guard works on the server for every staff route, by role. */
class StaffViewsTest extends KioskViewTest {
    static final String PASSWORD = "Dongh-2026!";

    @BeforeAll
    static void accounts() {
        String hash = PasswordHasher.hash(PASSWORD);
        database().useTransaction(c -> {
            new StaffStore().put(c, new StaffAccount("wang", "王小红", hash, Set.of(Role.COMMUNITY_STAFF), ViewFixture.SITE, true, 1));
            new StaffStore().put(c, new StaffAccount("li", "李大厅", hash, Set.of(Role.HALL_STAFF), ViewFixture.SITE, true, 1));
        });
    }

    @Test
    void withoutALoginEveryStaffRouteShowsTheLoginInstead() {
        for (String route : new String[] {"staff", "staff/notices", "staff/sync", "staff/home", "staff/notices/edit", "staff/notices/conflicts"}) {
            navigate(route, StaffLoginView.class);
            assertThat(getCurrentView()).as(route).isInstanceOf(StaffLoginView.class);
        }
    }

    @Test
    void aWrongPasswordSaysHowManyTriesAreLeftAndTheRightOneOpensTheRequestedScreen() {
        navigate("staff/notices", StaffLoginView.class);
        test($(TextField.class).id("staff-username")).setValue("wang");
        test($(PasswordField.class).id("staff-password")).setValue("wrong-password");
        test($(Button.class).id("staff-login")).click();
        assertThat($(Paragraph.class).id("staff-login-message").getText()).isEqualTo("用户名或密码不正确，再错 4 次账号将锁定 15 分钟");
        test($(TextField.class).id("staff-username")).setValue("wang");
        test($(PasswordField.class).id("staff-password")).setValue(PASSWORD);
        test($(Button.class).id("staff-login")).click();
        assertThat(getCurrentView()).isInstanceOf(NoticeDeskView.class);
    }

    @Test
    void theHomeListsToolsByRoleAndAScreenForAnotherRoleIsRefused() {
        StaffSessions.logIn(VaadinSession.getCurrent(), new StaffSession("li", "李大厅", Set.of(Role.HALL_STAFF), ViewFixture.SITE),
                services.clock().instant());
        navigate("staff/notices", StaffHomeView.class);
        assertThat($(Paragraph.class).id("staff-denied").getText()).isEqualTo("此功能需要“社区工作人员”角色，您的账号没有该角色。");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("staff/sync", "board").doesNotContain("staff/notices");
        navigate(SyncStatusView.class);
        assertThat(getCurrentView()).isInstanceOf(SyncStatusView.class);
    }

    @Test
    void theEditorsPreviewsAreSandboxedFrames() {
        // issue 17 item 8: the preview HTML is allow-listed already; the frames run nothing either, as in the console
        StaffSessions.logIn(VaadinSession.getCurrent(), new StaffSession("wang", "王小红", Set.of(Role.COMMUNITY_STAFF),
                ViewFixture.SITE), services.clock().instant());
        com.vaadin.flow.component.UI.getCurrent().navigate("staff/notices/edit",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("template", "event")));
        assertThat(getCurrentView()).isInstanceOf(cn.zwgk.kiosk.board.NoticeEditorView.class);
        for (String id : new String[] {"preview-screen", "preview-print"}) {
            var frame = $(com.vaadin.flow.component.html.IFrame.class).id(id);
            assertThat(frame.getElement().getAttribute("sandbox")).as(id).isEmpty();
            assertThat(frame.getSrcdoc()).as(id).hasValueSatisfying(doc -> assertThat(doc).contains("zb-notice").doesNotContain("<script"));
        }
    }

    @Test
    void anIdleSessionIsLoggedOutAndTheLoginSaysWhy() {
        StaffSessions.logIn(VaadinSession.getCurrent(), new StaffSession("wang", "王小红", Set.of(Role.COMMUNITY_STAFF),
                ViewFixture.SITE), services.clock().instant().minus(Duration.ofMinutes(6)));
        navigate("staff/notices", StaffLoginView.class);
        assertThat($(Paragraph.class).id("staff-login-message").getText()).isEqualTo("因长时间未操作，已自动退出，请重新登录。");
    }
}
