package cn.zwgk.kiosk.staff;

import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;

/** 工作人员登录: two large fields and one large button; failures say how many tries are left, lockout until when. */
@Route(value = StaffGuard.LOGIN, layout = KioskLayout.class)
@PageTitle("工作人员登录")
@StyleSheet("staff.css")
public class StaffLoginView extends Div implements BeforeEnterObserver {
    private final KioskServices services;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Paragraph message = new Paragraph();
    private String next = StaffGuard.HOME;

    public StaffLoginView(KioskServices services) {
        this.services = services;
        addClassName("staff-login");
        username.setLabel(getTranslation("staff.login.username"));
        username.setId("staff-username");
        username.setMaxLength(64);
        username.setAutofocus(true);
        username.getElement().setAttribute("autocapitalize", "none");
        password.setLabel(getTranslation("staff.login.password"));
        password.setId("staff-password");
        password.setMaxLength(200);
        Button login = new Button(getTranslation("staff.login.submit"), e -> logIn());
        login.setId("staff-login");
        login.addClassName("big-button");
        login.addClickShortcut(Key.ENTER);
        message.setId("staff-login-message");
        message.addClassName("staff-message");
        message.getElement().setAttribute("role", "alert");
        add(new H1(getTranslation("staff.login.title")), new Paragraph(getTranslation("staff.login.hint")), username,
                password, login, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        next = StaffGuard.safeNext(params.getOrDefault("next", List.of(StaffGuard.HOME)).getFirst());
        message.setText(params.containsKey("idle") ? getTranslation("staff.login.idle") : "");
    }

    private void logIn() {
        LoginOutcome outcome = services.staff().login(username.getValue(), password.getValue());
        password.clear();
        switch (outcome) {
            case LoginOutcome.LoggedIn in -> {
                StaffSessions.logIn(VaadinSession.getCurrent(), in.session(), services.clock().instant());
                getUI().ifPresent(ui -> ui.navigate(next));
            }
            case LoginOutcome.Refused refused -> message.setText(refused.message());
        }
    }
}
