package cn.zwgk.server.console;

import cn.zwgk.core.ZwgkException;
import cn.zwgk.core.validation.ValidationException;
import cn.zwgk.core.validation.Violation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a refused action into a message staff can act on; unexpected failures are logged, never shown raw. */
public final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private Messages() {
    }

    public static String text(RuntimeException e) {
        if (e instanceof ValidationException v) {
            return v.violations().stream().map(Messages::line).collect(Collectors.joining("；"));
        }
        if (e instanceof ZwgkException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        LOG.error("console action failed", e);
        return "操作未完成：系统内部错误，已记录日志。请稍后重试或联系技术支持。";
    }

    public static void showError(RuntimeException e) {
        Notification n = Notification.show(text(e), 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void showDone(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static String line(Violation v) {
        return v.label() + "：" + v.problem();
    }
}
