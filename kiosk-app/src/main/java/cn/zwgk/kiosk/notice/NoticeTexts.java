package cn.zwgk.kiosk.notice;

import cn.zwgk.core.notice.PublicityPeriod;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;

/** Wording shared by the notice screens, in the screen's language. */
final class NoticeTexts {

    private NoticeTexts() {
    }

    /** 公示期: "2026年11月20日 至 2026年11月26日", or "长期" when open-ended. */
    static String period(Component c, PublicityPeriod period) {
        if (period == null || period.start() == null) {
            return c.getTranslation("notice.period.open");
        }
        if (period.isOpenEnded()) {
            return c.getTranslation("notice.period.open");
        }
        return c.getTranslation("notice.period.range", date(c, period.start()), date(c, period.end()));
    }

    static String date(Component c, LocalDate day) {
        return c.getTranslation("notice.date", String.valueOf(day.getYear()), day.getMonthValue(), day.getDayOfMonth());
    }

    /** "本社区" for the kiosk's own site, else "东湖街道发布". */
    static String source(Component c, NoticeEntry entry) {
        return entry.ownSite() ? c.getTranslation("notice.site.own")
                : c.getTranslation("notice.site.other", entry.site().name());
    }
}
