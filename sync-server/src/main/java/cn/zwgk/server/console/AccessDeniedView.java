package cn.zwgk.server.console;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@Route("denied")
@PageTitle("没有权限")
public class AccessDeniedView extends VerticalLayout {
    public AccessDeniedView() {
        add(new H3("没有权限"), new Paragraph("您的角色不能打开这个页面。如需此权限，请联系中心管理员。"));
    }
}
