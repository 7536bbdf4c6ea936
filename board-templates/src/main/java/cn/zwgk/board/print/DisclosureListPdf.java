package cn.zwgk.board.print;

import cn.zwgk.core.catalogue.CatalogueItem;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints a {@link DisclosureList} as an A4 PDF: on every page the title, site, date and catalogue version,
 * a table with one row per item (name, responsible body, time limit, a QR code of its online URL) and
 * "第 n 页 / 共 m 页" at the foot. Text wraps inside its cell; a row never splits across pages.
 */
public final class DisclosureListPdf {
    static final float MARGIN = 40;
    static final float BODY_SIZE = 9;
    static final float LEADING = 12;
    static final float PAD = 4;
    static final float QR_SIZE = 62;
    static final String[] HEADINGS = {"序号", "事项名称", "公开主体", "公开时限", "网上查看（扫码）"};
    /** Column widths in points; they add up to the A4 width less both margins. */
    static final float[] COLUMNS = {34, 187, 112, 112, 70};
    static final String NO_URL = "暂无网上链接";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CjkFontFile fontFile;

    public DisclosureListPdf(CjkFontFile fontFile) {
        this.fontFile = fontFile;
    }

    /** With the font found by {@link CjkFontFile#locate()}; fails with {@link PrintException} when there is none. */
    public static DisclosureListPdf withInstalledFont() {
        return new DisclosureListPdf(CjkFontFile.locate());
    }

    /** Writes the PDF to {@code out}; {@code progress} hears after every row. Returns the number of pages. */
    public int write(DisclosureList list, OutputStream out, PrintProgress progress) {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = openCollection()) {
            PDType0Font font = PDType0Font.load(doc, pickFont(ttc), true);
            Layout layout = new Layout(doc, font, list);
            int done = 0;
            for (CatalogueItem item : list.items()) {
                layout.row(++done, item);
                progress.rowsDone(done, list.items().size());
            }
            layout.finish();
            footers(doc, font);
            doc.save(out);
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the disclosure list PDF", e);
        }
    }

    private TrueTypeCollection openCollection() throws IOException {
        String name = fontFile.file().getFileName().toString().toLowerCase();
        if (!name.endsWith(".ttc")) {
            return null;
        }
        return new TrueTypeCollection(fontFile.file().toFile());
    }

    private TrueTypeFont pickFont(TrueTypeCollection ttc) throws IOException {
        if (ttc == null) {
            return new org.apache.fontbox.ttf.TTFParser().parse(
                    new RandomAccessReadBufferedFile(fontFile.file().toFile()));
        }
        TrueTypeFont f = ttc.getFontByName(fontFile.fontName());
        if (f == null) {
            throw new PrintException("字体文件中没有 " + fontFile.fontName() + " 字体 (font " + fontFile.fontName()
                    + " not found in " + fontFile.file() + ")");
        }
        return f;
    }

    private static void footers(PDDocument doc, PDType0Font font) throws IOException {
        int total = doc.getNumberOfPages();
        for (int n = 1; n <= total; n++) {
            PDPage page = doc.getPage(n - 1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                String text = "第 " + n + " 页 / 共 " + total + " 页";
                float w = font.getStringWidth(text) / 1000 * BODY_SIZE;
                cs.beginText();
                cs.setFont(font, BODY_SIZE);
                cs.newLineAtOffset((page.getMediaBox().getWidth() - w) / 2, MARGIN - 18);
                cs.showText(text);
                cs.endText();
            }
        }
    }

    /** Places rows top to bottom, starting a new page (with the header again) when a row does not fit. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final DisclosureList list;
        private final TextLines lines;
        private final QrImages qr = new QrImages();
        private final int maxLinesPerCell;
        private PDPageContentStream cs;
        private float y;

        Layout(PDDocument doc, PDType0Font font, DisclosureList list) {
            this.doc = doc;
            this.font = font;
            this.list = list;
            this.lines = new TextLines(font);
            this.maxLinesPerCell = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN - 120) / LEADING);
        }

        void row(int serial, CatalogueItem item) throws IOException {
            List<List<String>> cells = List.of(
                    List.of(String.valueOf(serial)),
                    wrap(item.name(), 1),
                    wrap(item.responsibleBody(), 2),
                    wrap(item.timeLimit(), 3));
            int most = cells.stream().mapToInt(List::size).max().orElse(1);
            float height = Math.max(most * LEADING, QR_SIZE) + 2 * PAD;
            if (cs == null || y - height < MARGIN) {
                newPage();
            }
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                text(cells.get(c), x + PAD, y - PAD - BODY_SIZE);
                x += COLUMNS[c];
            }
            String url = item.onlineUrl();
            if (url == null || url.isBlank()) {
                text(lines.wrap(NO_URL, BODY_SIZE, COLUMNS[4] - 2 * PAD, 2), x + PAD, y - PAD - BODY_SIZE);
            } else {
                cs.drawImage(qr.image(doc, url), x + (COLUMNS[4] - QR_SIZE) / 2, y - PAD - QR_SIZE, QR_SIZE, QR_SIZE);
            }
            rule(y - height);
            y -= height;
        }

        private List<String> wrap(String text, int column) {
            return lines.wrap(text, BODY_SIZE, COLUMNS[column] - 2 * PAD, maxLinesPerCell);
        }

        void finish() throws IOException {
            if (cs == null) {
                newPage();
                text(List.of("（没有符合条件的公开事项）"), MARGIN + PAD, y - PAD - BODY_SIZE);
            }
            cs.close();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            float top = page.getMediaBox().getHeight() - MARGIN;
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            List<String> title = lines.wrap(list.title(), 16, width, 2);
            for (String line : title) {
                top -= 18;
                show(line, 16, MARGIN, top);
            }
            top -= 16;
            String sub = "印制单位：" + list.siteName() + "　打印日期：" + DAY.format(list.printedOn())
                    + "　目录版本：同步序号 " + list.catalogueVersion();
            show(lines.printable(sub), BODY_SIZE, MARGIN, top);
            top -= 10;
            y = top;
            heading(width);
        }

        private void heading(float width) throws IOException {
            float h = LEADING + 2 * PAD;
            cs.setNonStrokingColor(new Color(0xE8, 0xE8, 0xE8));
            cs.addRect(MARGIN, y - h, width, h);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
            float x = MARGIN;
            for (int c = 0; c < HEADINGS.length; c++) {
                show(HEADINGS[c], BODY_SIZE, x + PAD, y - PAD - BODY_SIZE);
                x += COLUMNS[c];
            }
            rule(y);
            rule(y - h);
            y -= h;
        }

        private void rule(float at) throws IOException {
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN, at);
            cs.lineTo(PDRectangle.A4.getWidth() - MARGIN, at);
            cs.stroke();
        }

        private void text(List<String> cellLines, float x, float baseline) throws IOException {
            float at = baseline;
            for (String line : cellLines) {
                show(line, BODY_SIZE, x, at);
                at -= LEADING;
            }
        }

        private void show(String s, float size, float x, float baseline) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(s);
            cs.endText();
        }
    }
}
