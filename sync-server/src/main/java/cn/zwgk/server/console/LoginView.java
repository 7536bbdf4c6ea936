package cn.zwgk.server.console;

import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.server.staff.LoginResult;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Staff login. Failures say nothing about which part was wrong; five in a row lock the account for a while. */
@Route(value = "login", autoLayout = false)
@PageTitle("登录 - 政务公开管理控制台")
public class LoginView extends VerticalLayout {

    public LoginView(ConsoleServices services) {
        addClassName("console-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginForm form = new LoginForm();
        form.setI18n(chinese());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> {
            LoginResult result = services.staff().login(e.getUsername(), e.getPassword());
            if (result instanceof LoginResult.Success s) {
                long version = services.staff().account(s.session().username()).map(StaffAccount::version).orElse(0L);
                ConsoleSession.login(s.session(), version, services.clock().instant());
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class));
            } else if (result instanceof LoginResult.Refused r) {
                LoginI18n i18n = chinese();
                i18n.getErrorMessage().setMessage(r.message());
                form.setI18n(i18n);
                form.setError(true);
                form.setEnabled(true); // the form disables itself on submit; let the person try again
            }
        });
        add(new H1("政务公开管理控制台"), new Paragraph("政务公开办、申请办理与社区工作人员使用"));
        ConsoleSession.takeEnded().ifPresent(reason -> {
            Paragraph ended = new Paragraph(reason);
            ended.setId("login-ended");
            add(ended);
        });
        add(form);
    }

    private static LoginI18n chinese() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("员工登录");
        i18n.getForm().setUsername("用户名");
        i18n.getForm().setPassword("密码");
        i18n.getForm().setSubmit("登录");
        i18n.getErrorMessage().setTitle("登录失败");
        i18n.getErrorMessage().setMessage("用户名或密码错误");
        i18n.getErrorMessage().setUsername("请输入用户名");
        i18n.getErrorMessage().setPassword("请输入密码");
        return i18n;
    }
}
