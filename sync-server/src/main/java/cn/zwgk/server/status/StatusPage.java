package cn.zwgk.server.status;

import cn.zwgk.board.render.HtmlTemplates;
import cn.zwgk.server.fleet.KioskSighting;
import cn.zwgk.server.notice.NoticeConflict;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the server's status page from {@code status.ftlh} with the auto-escaping HTML setup
 * ({@link HtmlTemplates}): some values come from kiosks, and no value can reach the page unescaped.
 */
final class StatusPage {
    /** A kiosk that has not completed a sync for this many nights is flagged. */
    static final int MISSED_NIGHTS = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Configuration TEMPLATES = HtmlTemplates.configuration(
            new ClassTemplateLoader(StatusPage.class, "/cn/zwgk/server/status"));

    // public: FreeMarker reads these by reflection
    /** One row of the counts table; {@code id} (may be null) lets tests and scripts find it. */
    public record Count(String label, long value, String id) {
    }

    /** One kiosk, every value as shown. */
    public record KioskRow(String id, String site, String status, boolean missed, String version, String lastSuccess,
            long checkpoint, long behind, String drift, String pending, String disk, String lastError) {
    }

    /** One open notice conflict, every value as shown. */
    public record ConflictRow(String uploadId, String kioskId, String title, long kioskVersion, long centralVersion,
            String receivedAt) {
    }

    private StatusPage() {
    }

    static String render(Map<String, Long> itemsByKind, long notices, long latestSeq, List<KioskSighting> kiosks,
            ZoneId zone, Instant now, List<NoticeConflict> conflicts) {
        List<Count> counts = new ArrayList<>();
        counts.add(new Count("目录条目（合计）", itemsByKind.values().stream().mapToLong(Long::longValue).sum(), "items-total"));
        itemsByKind.forEach((kind, count) -> counts.add(new Count(kind, count, null)));
        counts.add(new Count("居务公开公告", notices, "notices"));
        counts.add(new Count("最新变更序号", latestSeq, "latest-seq"));
        return render(Map.of(
                "counts", counts,
                "kiosks", kiosks.stream().map(k -> kioskRow(k, latestSeq, zone, now)).toList(),
                "conflicts", conflicts.stream().map(c -> new ConflictRow(c.uploadId(), c.kioskId(),
                        c.kioskCopy().title(), c.kioskCopy().version(), c.centralVersion(),
                        format(c.receivedAt(), zone))).toList(),
                "missedNights", MISSED_NIGHTS));
    }

    private static KioskRow kioskRow(KioskSighting k, long latestSeq, ZoneId zone, Instant now) {
        return new KioskRow(k.id(), text(k.siteCode()), "ACTIVE".equals(k.status()) ? "在用" : "已停用",
                k.missedNightlySyncs(MISSED_NIGHTS, now), text(k.appVersion()),
                k.lastSuccessAt() == null ? "从未" : format(k.lastSuccessAt(), zone), k.lastCheckpoint(),
                Math.max(0, latestSeq - k.lastCheckpoint()),
                k.clockDriftMillis() == null ? "—" : drift(k.clockDriftMillis()),
                k.pendingUploads() == null ? "—" : k.pendingUploads().toString(),
                k.freeDiskBytes() == null ? "—" : k.freeDiskBytes() / (1024 * 1024) + " MB", text(k.lastError()));
    }

    private static String render(Map<String, Object> model) {
        StringWriter html = new StringWriter(4096);
        try {
            TEMPLATES.getTemplate("status.ftlh").process(model, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the status page template", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the status page template failed: " + e.getMessage(), e);
        }
        return html.toString();
    }

    private static String drift(long millis) {
        String sign = millis > 0 ? "快 " : millis < 0 ? "慢 " : "";
        return sign + String.format(Locale.ROOT, "%.1f 秒", Math.abs(millis) / 1000.0);
    }

    private static String format(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    private static String text(String s) {
        return Objects.toString(s, "");
    }
}
