package cn.zwgk.server.console;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;

/**
 * Console pages are Chinese from the first byte: {@code <html lang="zh-CN">}, the UI locale, and Vaadin's
 * system messages (session expired, connection lost) in words staff understand. Does nothing in a Vaadin
 * service that is not the console's (both apps' jars may share a test classpath).
 */
public class ConsolePageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        if (service.getContext().getAttribute(ConsoleServices.class) == null) {
            return;
        }
        service.addUIInitListener(init -> init.getUI().setLocale(Locale.SIMPLIFIED_CHINESE));
        event.addIndexHtmlRequestListener(response -> {
            var html = response.getDocument().selectFirst("html");
            if (html != null) {
                html.attr("lang", "zh-CN");
            }
        });
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption("登录已过期");
        messages.setSessionExpiredMessage("长时间未操作，请点击此处重新登录。");
        messages.setSessionExpiredURL(ConsoleWebApp.PATH + "/login");
        messages.setInternalErrorCaption("系统错误");
        messages.setInternalErrorMessage("操作未完成，已记录日志。请点击此处刷新后重试。");
        messages.setCookiesDisabledCaption("浏览器未启用 Cookie");
        messages.setCookiesDisabledMessage("请启用 Cookie 后刷新页面。");
        service.setSystemMessagesProvider(info -> messages);
    }
}
