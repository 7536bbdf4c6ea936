package cn.zwgk.server.notice;

import cn.zwgk.board.edit.NoticeCheck;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.validation.Violations;
import java.time.Instant;

/**
 * The one set of rules a notice meets before the server stores it, whoever sent it (console or kiosk): the
 * text as typed (trimmed), the category of its template, the template version it is rendered with, and
 * board-templates' {@link NoticeCheck} (a draft's limits; for anything shown on a board, the publishing rules).
 * What only the server may decide — origin, author, status, version, time, pinned, urgent — is passed in,
 * never taken from the notice as sent.
 */
final class NoticeRules {
    private NoticeRules() {
    }

    /** Who wrote a version and with which server-side decisions. */
    record Stamp(NoticeStatus status, NoticeOrigin origin, String author, long version, Instant at, boolean pinned,
            boolean urgent) {
    }

    static Notice normalised(Notice edited, NoticeTemplate template, Stamp s) {
        return new Notice(edited.id(), edited.siteCode(), edited.templateId(), template.category(), strip(edited.title()),
                strip(edited.body()), edited.fields(), edited.period(), strip(edited.objectionContact()),
                strip(edited.issuer()), s.status(), s.origin(), s.author(), s.version(), s.at(), edited.attachments(),
                template.version(), s.pinned(), s.urgent());
    }

    static Violations check(NoticeTemplate template, Notice n) {
        return n.status() == NoticeStatus.DRAFT ? NoticeCheck.draft(template, n) : NoticeCheck.publish(template, n);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
