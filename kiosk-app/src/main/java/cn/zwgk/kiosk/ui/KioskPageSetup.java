package cn.zwgk.kiosk.ui;

import cn.zwgk.kiosk.i18n.KioskI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * Page-wide resident settings, wired once per Vaadin service (found through
 * {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener}):
 *
 * <ul>
 *   <li>every new UI starts in the session's chosen language (Simplified for a new resident, whatever
 *       the browser asks for) with Chinese connection-lost texts;</li>
 *   <li>the first HTML already carries {@code <html lang>} and the large-text / high-contrast /
 *       Mongolian classes, so the page never flashes in the wrong mode after a reload;</li>
 *   <li>no context menu (long press or right click) on any page, resident or staff: its entries (back,
 *       print, inspect, save as) lead out of the kiosk; the browser's managed policy blocks the rest;</li>
 *   <li>Vaadin's system messages are the resident's language and say what to do, never technical text;
 *       an expired session (e.g. after the idle reset) just reloads.</li>
 * </ul>
 */
public final class KioskPageSetup implements VaadinServiceInitListener {
    static final String NO_CONTEXT_MENU =
            "document.addEventListener('contextmenu', function (e) { e.preventDefault(); }, true);";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addUIInitListener(init -> startInChosenLanguage(init.getUI(), service));
        event.addIndexHtmlRequestListener(KioskPageSetup::markHtml);
        service.setSystemMessagesProvider(info -> systemMessages(service, info.getLocale()));
    }

    private static void startInChosenLanguage(UI ui, VaadinService service) {
        Locale language = ResidentSettings.of(ui.getSession()).language();
        ui.setLocale(language);
        I18NProvider i18n = i18n(service);
        ui.getReconnectDialogConfiguration().setDialogText(i18n.getTranslation("ui.connection.reconnecting", language));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(i18n.getTranslation("ui.connection.lost", language));
    }

    private static void markHtml(IndexHtmlResponse response) {
        VaadinSession session = VaadinSession.getCurrent();
        ResidentSettings settings = session == null ? new ResidentSettings() : ResidentSettings.of(session);
        Element html = response.getDocument().selectFirst("html");
        if (html != null) {
            html.attr("lang", KioskI18NProvider.htmlLang(settings.language()));
            settings.htmlClasses().forEach(html::addClass);
        }
        response.getDocument().head().appendElement("script").appendChild(new DataNode(NO_CONTEXT_MENU));
    }

    private static SystemMessages systemMessages(VaadinService service, Locale locale) {
        I18NProvider i18n = i18n(service);
        Locale language = KioskI18NProvider.variantOf(locale);
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setCookiesDisabledCaption(i18n.getTranslation("ui.error.caption", language));
        messages.setCookiesDisabledMessage(i18n.getTranslation("ui.error.staff", language));
        messages.setInternalErrorCaption(i18n.getTranslation("ui.error.caption", language));
        messages.setInternalErrorMessage(i18n.getTranslation("ui.error.reload", language));
        messages.setSyncErrorCaption(i18n.getTranslation("ui.error.caption", language));
        messages.setSyncErrorMessage(i18n.getTranslation("ui.error.reload", language));
        return messages;
    }

    private static I18NProvider i18n(VaadinService service) {
        I18NProvider provider = service.getInstantiator().getI18NProvider();
        return provider != null ? provider : new KioskI18NProvider();
    }
}
