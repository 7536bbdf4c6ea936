package cn.zwgk.server.status;

import cn.zwgk.server.fleet.KioskSighting;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Renders the server's status page. Every value is escaped: some of it comes from kiosks. */
final class StatusPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StatusPage() {
    }

    /** A kiosk that has not completed a sync for this many nights is flagged. */
    static final int MISSED_NIGHTS = 2;

    static String render(Map<String, Long> itemsByKind, long notices, long latestSeq, List<KioskSighting> kiosks,
            ZoneId zone, Instant now, List<cn.zwgk.server.notice.NoticeConflict> conflicts) {
        StringBuilder html = new StringBuilder(4096);
        html.append("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>政务公开同步服务器 · 运行状态</title>
                <style>
                body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:2rem;color:#1d2733}
                h1{font-size:1.6rem;color:#9b1c1c} table{border-collapse:collapse;margin:1rem 0}
                td,th{border:1px solid #c8ced6;padding:.4rem .8rem;text-align:left} th{background:#f1f3f6}
                .num{text-align:right;font-variant-numeric:tabular-nums} tr.missed td{background:#fde8e8}
                </style></head><body>
                <h1>政务公开同步服务器 · 运行状态</h1>
                <table id="counts"><tr><th>项目</th><th>数量</th></tr>
                """);
        long total = itemsByKind.values().stream().mapToLong(Long::longValue).sum();
        row(html, "目录条目（合计）", total, "items-total");
        itemsByKind.forEach((kind, count) -> row(html, kind, count, null));
        row(html, "居务公开公告", notices, "notices");
        row(html, "最新变更序号", latestSeq, "latest-seq");
        html.append("</table>\n<h2>终端（").append(kiosks.size()).append("）</h2>\n");
        if (kiosks.isEmpty()) {
            html.append("<p id=\"kiosks\">尚无终端登记。用 <code>sync-server enrol-code --site 站点代码</code> 生成登记码。</p>\n");
        } else {
            html.append("<table id=\"kiosks\"><tr><th>终端</th><th>站点</th><th>状态</th><th>版本</th>"
                    + "<th>最近成功同步</th><th>检查点</th><th>落后变更数</th><th>时钟偏差</th><th>待上传</th>"
                    + "<th>磁盘剩余</th><th>最近错误</th></tr>\n");
            for (KioskSighting k : kiosks) {
                boolean missed = k.missedNightlySyncs(MISSED_NIGHTS, now);
                html.append("<tr").append(missed ? " class=\"missed\"" : "").append("><td>").append(escape(k.id()))
                        .append("</td><td>").append(escape(k.siteCode())).append("</td><td>")
                        .append("ACTIVE".equals(k.status()) ? "在用" : "已停用")
                        .append(missed ? "（≥" + MISSED_NIGHTS + " 晚未同步）" : "")
                        .append("</td><td>").append(escape(k.appVersion())).append("</td><td>")
                        .append(k.lastSuccessAt() == null ? "从未" : format(k.lastSuccessAt(), zone))
                        .append("</td><td class=\"num\">").append(k.lastCheckpoint()).append("</td><td class=\"num\">")
                        .append(Math.max(0, latestSeq - k.lastCheckpoint())).append("</td><td class=\"num\">")
                        .append(k.clockDriftMillis() == null ? "—" : drift(k.clockDriftMillis()))
                        .append("</td><td class=\"num\">")
                        .append(k.pendingUploads() == null ? "—" : k.pendingUploads()).append("</td><td class=\"num\">")
                        .append(k.freeDiskBytes() == null ? "—" : k.freeDiskBytes() / (1024 * 1024) + " MB")
                        .append("</td><td>").append(escape(k.lastError())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<h2>待处理的公告冲突（").append(conflicts.size()).append("）</h2>\n");
        if (conflicts.isEmpty()) {
            html.append("<p id=\"conflicts\">无。</p>\n");
        } else {
            html.append("<p>终端修改的公告与中心版本冲突：两份都已保留，居民看到中心版本，直到工作人员决定"
                    + "（<code>sync-server resolve-conflict 上传编号 --keep kiosk|central</code>）。</p>\n"
                    + "<table id=\"conflicts\"><tr><th>上传编号</th><th>终端</th><th>公告</th><th>终端版本</th>"
                    + "<th>中心版本</th><th>收到时间</th></tr>\n");
            for (var c : conflicts) {
                html.append("<tr><td>").append(escape(c.uploadId())).append("</td><td>").append(escape(c.kioskId()))
                        .append("</td><td>").append(escape(c.kioskCopy().title())).append("</td><td class=\"num\">")
                        .append(c.kioskCopy().version()).append("</td><td class=\"num\">").append(c.centralVersion())
                        .append("</td><td>").append(format(c.receivedAt(), zone)).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, long value, String id) {
        html.append("<tr").append(id == null ? "" : " id=\"" + id + "\"").append("><td>").append(escape(label))
                .append("</td><td class=\"num\">").append(value).append("</td></tr>\n");
    }

    private static String drift(long millis) {
        String sign = millis > 0 ? "快 " : millis < 0 ? "慢 " : "";
        return sign + String.format(java.util.Locale.ROOT, "%.1f 秒", Math.abs(millis) / 1000.0);
    }

    private static String format(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
