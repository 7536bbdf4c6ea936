package cn.zwgk.board.render;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.notice.Notice;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Renders notices with their template: (a) 1920x1080 wall-screen pages, (b) A4/A3 print (HTML, then PDF via
 * {@link NoticePdf}), (c) the fragment for the kiosk's notice view. One FreeMarker template per notice type
 * produces the same article markup for all three; the stylesheets ({@code META-INF/resources/board-templates/})
 * make it a screen, a page or a kiosk panel. Thread-safe.
 */
public final class NoticeRenderer {
    /** Where the stylesheets live, on the classpath and (served from the jar) on the web. */
    public static final String CSS_PATH = "/META-INF/resources/board-templates/";

    private final TemplateSource templates;
    private final AttachmentSource attachments;
    private final String noticeCss = css("notice.css");
    private final String screenCss = css("screen.css");
    private final String printCss = css("print.css");

    public NoticeRenderer(TemplateSource templates) {
        this(templates, AttachmentSource.NONE);
    }

    /** @param attachments where attached images are read from (shown below the notice's text) */
    public NoticeRenderer(TemplateSource templates, AttachmentSource attachments) {
        this.templates = templates;
        this.attachments = attachments;
    }

    /** With the built-in templates only. */
    public static NoticeRenderer builtIn() {
        return new NoticeRenderer(new TemplateSource(TemplateCatalog.builtIn().all()));
    }

    public TemplateSource templates() {
        return templates;
    }

    /**
     * The notice as one {@code <article>}; {@code onlineUrl} (may be null) becomes a QR code. Passed through the
     * allow-list ({@link NoticeHtml}) before anything shows or prints it.
     */
    public String article(Notice n, Medium medium, String onlineUrl) {
        return NoticeHtml.clean(uncleanedArticle(n, medium, onlineUrl));
    }

    /** The template's output as it is, before the allow-list: only for checking a template ({@code TemplateCheck}). */
    public String uncleanedArticle(Notice n, Medium medium, String onlineUrl) {
        StringWriter out = new StringWriter();
        try {
            templates.template(n).process(
                    NoticeModel.of(n, templates.metadata(n.templateId(), n.templateVersion()).orElse(null), onlineUrl, medium,
                            attachments), out);
        } catch (TemplateException e) {
            throw new RenderException("公告“" + n.title() + "”无法用模板“" + n.templateId() + "”显示：" + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** (c) For the kiosk's notice view (style with {@code notice.css}). */
    public String kioskFragment(Notice n, String onlineUrl) {
        return article(n, Medium.KIOSK, onlineUrl);
    }

    /** (a) The notice on 1920x1080 pages, long lists continued rather than shrunk (style with {@code screen.css}). */
    public List<String> screenPages(Notice n, String onlineUrl) {
        return ScreenPager.pages(article(n, Medium.SCREEN, onlineUrl));
    }

    /** A standalone HTML document of screen pages, stylesheets inline (previews, screenshots, browsers). */
    public String screenDocument(List<String> pages) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>公告</title><style>"
                + noticeCss + screenCss + "</style></head><body class=\"zb-screen-doc\">" + String.join("", pages)
                + "</body></html>";
    }

    /** (b) The HTML that {@link NoticePdf} lays out: one notice after another, each from a new page. */
    public String printDocument(List<Notice> notices, Paper paper, Function<Notice, String> onlineUrl) {
        StringBuilder sb = new StringBuilder(4096 * Math.max(1, notices.size()));
        sb.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>公告</title><style>")
                .append("@page { size: ").append(paper.cssName()).append(" portrait; }")
                .append(noticeCss).append(printCss).append("</style></head><body class=\"zb-print zb-")
                .append(paper.name().toLowerCase()).append("\">");
        for (Notice n : notices) {
            sb.append("<div class=\"zb-sheet\">").append(article(n, Medium.PRINT, onlineUrl.apply(n))).append("</div>");
        }
        return sb.append("</body></html>").toString();
    }

    private static String css(String name) {
        try (InputStream in = NoticeRenderer.class.getResourceAsStream(CSS_PATH + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the board-templates jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Convenience: print straight to a PDF stream. */
    public void pdf(List<Notice> notices, Paper paper, Function<Notice, String> onlineUrl, OutputStream out) {
        NoticePdf.write(printDocument(notices, paper, onlineUrl), out);
    }
}
