package cn.zwgk.core.notice;

import cn.zwgk.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A residents'-affairs notice (居务公开), DOMAIN.md §5.
 *
 * @param id               stable UUID
 * @param siteCode         the site it is published for (community, street or district)
 * @param templateId       the board template that renders it
 * @param category         e.g. 财务收支, 低保/特困名单 (categories come with the templates: data, not code)
 * @param title            标题
 * @param body             main text
 * @param fields           template-specific values, by field name
 * @param period           公示期
 * @param objectionContact whom to contact with an objection during the period (公示 notices)
 * @param issuer           issuing body, e.g. 朝阳门社区居民委员会
 * @param status           draft / published / withdrawn
 * @param origin           central office or kiosk
 * @param author           account that wrote it
 * @param version          incremented on every change
 * @param updatedAt        time of the last change
 * @param attachments      SHA-256 of attached files (images, PDFs)
 * @param templateVersion  the version of the template it was written with (0 = not recorded: the newest known)
 * @param pinned           shown before the others on the board
 * @param urgent           from the central office only: takes over the board screens until withdrawn
 */
public record Notice(
        String id,
        String siteCode,
        String templateId,
        String category,
        String title,
        String body,
        Map<String, String> fields,
        PublicityPeriod period,
        String objectionContact,
        String issuer,
        NoticeStatus status,
        NoticeOrigin origin,
        String author,
        long version,
        Instant updatedAt,
        List<String> attachments,
        int templateVersion,
        boolean pinned,
        boolean urgent) {

    public Notice {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        templateVersion = Math.max(0, templateVersion);
    }

    /** A notice that does not record its template version (rendered with the newest one known). */
    public Notice(String id, String siteCode, String templateId, String category, String title, String body,
            Map<String, String> fields, PublicityPeriod period, String objectionContact, String issuer,
            NoticeStatus status, NoticeOrigin origin, String author, long version, Instant updatedAt,
            List<String> attachments) {
        this(id, siteCode, templateId, category, title, body, fields, period, objectionContact, issuer, status,
                origin, author, version, updatedAt, attachments, 0, false, false);
    }

    /** The same notice as another version: new text or status, the next version counter, a new time. */
    public Notice revised(String title, String body, Map<String, String> fields, PublicityPeriod period,
            String objectionContact, String issuer, NoticeStatus status, String author, Instant at) {
        return new Notice(id, siteCode, templateId, category, title, body, fields, period, objectionContact, issuer,
                status, origin, author, version + 1, at, attachments, templateVersion, pinned, urgent);
    }

    /** The same version with another status (publish / withdraw), counted as a new version. */
    public Notice withStatus(NoticeStatus newStatus, String by, Instant at) {
        return revised(title, body, fields, period, objectionContact, issuer, newStatus, by, at);
    }

    /** Whether residents may see the notice on {@code day}: published and inside its publicity period. */
    public boolean isVisibleOn(LocalDate day) {
        return status == NoticeStatus.PUBLISHED && period != null && period.contains(day);
    }

    public Violations validate() {
        Violations v = new Violations()
                .requireUuid("id", "公告标识", id)
                .require("siteCode", "发布站点", siteCode)
                .require("templateId", "模板", templateId)
                .require("category", "公告类别", category)
                .require("title", "标题", title)
                .maxLength("title", "标题", title, 120)
                .maxLength("body", "正文", body, 50_000)
                .maxLength("objectionContact", "异议联系方式", objectionContact, 200)
                .require("issuer", "发布单位", issuer)
                .maxLength("issuer", "发布单位", issuer, 100)
                .requireValue("status", "状态", status)
                .requireValue("origin", "来源", origin)
                .requireValue("period", "公示期", period);
        if (period != null) {
            v.requireValue("period.start", "公示期开始日期", period.start());
            if (period.start() != null && period.end() != null && period.end().isBefore(period.start())) {
                v.add("period.end", "公示期结束日期", "不能早于开始日期 " + period.start());
            }
        }
        for (String hash : attachments) {
            v.matches("attachments", "附件", hash, "[0-9a-f]{64}", "必须是 SHA-256 摘要");
        }
        if (version < 1) {
            v.add("version", "版本", "必须从 1 开始");
        }
        return v;
    }
}
