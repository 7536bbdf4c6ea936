package cn.zwgk.server.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.validation.Violations;
import cn.zwgk.server.template.TemplateDesk;
import java.time.Clock;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What the server accepts of a notice a kiosk uploads. A kiosk credential lives in a public hall, so nothing in
 * the upload is trusted beyond the text: the server sets the site (the kiosk's), origin ({@code KIOSK}), author
 * ({@code kiosk:<id>}: the staff name the kiosk claims cannot be checked here), time and urgency (never:
 * urgent is the central office's); runs the console's checks ({@link NoticeRules}, the template the notice names);
 * and refuses a notice whose stored copy belongs to another site or was written by the central office.
 * Community staff may pin their own site's notices at the kiosk, as at the console: {@code pinned} is kept.
 */
public final class KioskNotices {
    private final Database database;
    private final NoticeStore notices;
    private final TemplateDesk templates;
    private final Clock clock;

    public KioskNotices(Database database, NoticeStore notices, TemplateDesk templates, Clock clock) {
        this.database = database;
        this.notices = notices;
        this.templates = templates;
        this.clock = clock;
    }

    /** Either the notice as the server will store it, or why it is refused (Chinese, shown to kiosk staff). */
    public record Admission(Notice notice, String refusal) {
        static Admission refused(String reason) {
            return new Admission(null, reason);
        }
    }

    /** The author recorded for what a kiosk sends. */
    public static String author(String kioskId) {
        return "kiosk:" + kioskId;
    }

    public Admission admit(String kioskId, String kioskSite, JsonNode payload) {
        Notice sent;
        try {
            sent = SyncJson.convert(payload, Notice.class);
        } catch (RuntimeException e) {
            return Admission.refused("上传的内容不是公告：" + e.getMessage());
        }
        if (sent.siteCode() == null || !sent.siteCode().equals(kioskSite)) {
            return Admission.refused("本终端属于站点 " + kioskSite + "，不能发布站点 " + sent.siteCode() + " 的公告");
        }
        if (sent.status() != NoticeStatus.PUBLISHED && sent.status() != NoticeStatus.WITHDRAWN) {
            return Admission.refused("终端只能上传已发布或已撤回的公告，收到的状态是 " + sent.status());
        }
        Optional<NoticeTemplate> template = sent.templateId() == null ? Optional.empty()
                : templates.version(sent.templateId(), sent.templateVersion());
        if (template.isEmpty()) {
            return Admission.refused("公告模板「" + sent.templateId() + "」在中心不存在");
        }
        Notice trusted = NoticeRules.normalised(sent, template.get(), new NoticeRules.Stamp(sent.status(),
                NoticeOrigin.KIOSK, author(kioskId), sent.version(), clock.instant(), sent.pinned(), false));
        Violations problems = NoticeRules.check(template.get(), trusted);
        if (!problems.isEmpty()) {
            var first = problems.list().getFirst();
            return Admission.refused("公告未通过检查：" + first.label() + first.problem());
        }
        Optional<String> foreign = ownership(database.inTransaction(c -> notices.byId(c, sent.id())), kioskSite);
        return foreign.map(Admission::refused).orElseGet(() -> new Admission(trusted, null));
    }

    /**
     * Why a kiosk of {@code kioskSite} may not change the stored copy of a notice, if it may not: the copy is
     * another site's (a street or district notice moved into the kiosk's site would otherwise be rewritten) or
     * the central office wrote it (it is corrected at the console).
     */
    static Optional<String> ownership(Optional<Notice> stored, String kioskSite) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Notice s = stored.get();
        if (!kioskSite.equals(s.siteCode())) {
            return Optional.of("这条公告属于站点 " + s.siteCode() + "，本终端（站点 " + kioskSite + "）不能修改它");
        }
        if (s.origin() != NoticeOrigin.KIOSK || s.urgent()) {
            return Optional.of("这条公告由区政务公开办发布，只能在中心控制台修改，终端的修改未被采用");
        }
        return Optional.empty();
    }
}
