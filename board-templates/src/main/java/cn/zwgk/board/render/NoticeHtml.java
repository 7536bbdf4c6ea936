package cn.zwgk.board.render;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every rendered notice passes through before a kiosk, a board or a printer sees it (jsoup's
 * {@link Cleaner}): the layout tags the templates use, {@code class}, table spans, and images only as inline
 * {@code data:image/(png|jpeg|gif);base64} (QR codes and attachments). No script, style sheet, frame, form,
 * event attribute, link or external resource survives — whatever a template (synced data, published by a person)
 * or a value typed into it contains. FreeMarker's auto-escaping is the first defence; this is the second.
 */
public final class NoticeHtml {
    static final Safelist SAFELIST = new Safelist()
            .addTags("article", "header", "footer", "section", "div", "span", "p", "br", "hr", "h1", "h2", "h3", "h4",
                    "strong", "em", "b", "i", "small", "sub", "sup", "table", "caption", "colgroup", "col", "thead",
                    "tbody", "tfoot", "tr", "th", "td", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "img")
            .addAttributes(":all", "class", "lang", "title")
            .addAttributes("article", "data-notice-id")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("img", "src", "alt", "width", "height")
            .addProtocols("img", "src", "data");
    private static final Pattern INLINE_IMAGE = Pattern.compile("data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=]+");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private NoticeHtml() {
    }

    /** {@code html} with everything outside the allow-list removed (text kept, escaped). */
    public static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "");
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        // the safelist admits the data: scheme; of it, only base64 PNG/JPEG/GIF (no SVG, which can carry script)
        for (Element img : clean.select("img[src]")) {
            if (!INLINE_IMAGE.matcher(img.attr("src")).matches()) {
                img.remove();
            }
        }
        clean.outputSettings(OUTPUT);
        return clean.body().html();
    }

    /** Whether {@code html} passes the allow-list unchanged (a template check: nothing would be removed). */
    public static boolean isClean(String html) {
        return new Cleaner(SAFELIST).isValidBodyHtml(html)
                && Jsoup.parseBodyFragment(html).select("img[src]").stream()
                        .allMatch(img -> INLINE_IMAGE.matcher(img.attr("src")).matches());
    }
}
