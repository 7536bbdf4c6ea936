package cn.zwgk.kiosk.system;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo plus the kiosk's own large-type stylesheet (no theme folder: stays Node-free). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Viewport("width=device-width, initial-scale=1, user-scalable=no")
@Meta(name = "format-detection", content = "telephone=no")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("政务公开查询");
    }
}
