package cn.zwgk.board.render;

import cn.zwgk.board.print.CjkFontFile;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Lays out print HTML to PDF with openhtmltopdf (PDFBox 3), the text in WenQuanYi Zen Hei embedded as a
 * subset. No CJK font means no PDF, with a message saying what to install: never a PDF of empty boxes.
 */
public final class NoticePdf {
    static final String FAMILY = "zwgk-cjk";

    static {
        // openhtmltopdf logs every stage at INFO; keep its warnings (missing glyphs, bad CSS) only
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private NoticePdf() {
    }

    static boolean inlineOnly(String uri, ExternalResourceType type) {
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
    }

    public static void write(String html, OutputStream out) {
        CjkFontFile fontFile = CjkFontFile.locate();
        Document parsed = Jsoup.parse(html);
        boolean collection = fontFile.file().toString().toLowerCase().endsWith(".ttc");
        try (PDDocument doc = new PDDocument();
             TrueTypeCollection ttc = collection ? new TrueTypeCollection(fontFile.file().toFile()) : null) {
            TrueTypeFont ttf = collection ? ttc.getFontByName(fontFile.fontName())
                    : new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.file().toFile()));
            if (ttf == null) {
                throw new RenderException("字体文件 " + fontFile.file() + " 中没有字体 " + fontFile.fontName()
                        + "，请安装 fonts-wqy-zenhei");
            }
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(doc)
                    .useFastMode()
                    .withProducer("zwgk board-templates")
                    .withW3cDocument(new W3CDom().fromJsoup(parsed), "about:blank");
            // nothing is fetched: no file: (a template could print /etc/… or the signing key), no network; style
            // sheets come inline and images as data: URIs, which never reach this check's "no"
            builder.useExternalResourceAccessControl(NoticePdf::inlineOnly, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(NoticePdf::inlineOnly, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useFont(new PDFontSupplier(font), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(font), FAMILY, 700, FontStyle.NORMAL, true);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            doc.save(out);
        } catch (IOException e) {
            throw new RenderException("无法生成 PDF：" + e.getMessage(), e);
        }
    }
}
