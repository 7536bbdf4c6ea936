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
// No user-scalable=no (axe: critical, WCAG 1.4.4); pinch zoom is stopped by touch-action in styles.css
// and 大字模式 is the way to enlarge.
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "format-detection", content = "telephone=no")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("政务公开查询");
    }
}
