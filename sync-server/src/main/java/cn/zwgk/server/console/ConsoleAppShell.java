package cn.zwgk.server.console;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings of the central console: Lumo plus a small stylesheet (no theme folder: stays Node-free). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("console.css")
public class ConsoleAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("政务公开管理控制台");
    }
}
