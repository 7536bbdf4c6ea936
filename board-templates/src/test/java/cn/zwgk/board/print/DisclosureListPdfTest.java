package cn.zwgk.board.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.board.qr.QrScan;
import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DisclosureMethod;
import cn.zwgk.core.catalogue.ItemKind;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A printed list survives the round trip paper readers make: every QR scans to its item's URL, every name reads. */
class DisclosureListPdfTest {
    @TempDir
    Path dir;

    static CatalogueItem item(int n, String name, String body, String timeLimit, String url) {
        return new CatalogueItem(UUID.nameUUIDFromBytes(("item" + n).getBytes()).toString(), ItemKind.ITEM,
                "social-insurance", n, "社会保险", name, "公开内容" + n, "《社会保险法》", timeLimit, body,
                List.of("政府网站"), Audience.PUBLIC, DisclosureMethod.PROACTIVE, AdministrativeLevel.COUNTY, url,
                null, List.of(), "zh-Hans", 1, Instant.parse("2026-11-01T00:00:00Z"));
    }

    static List<CatalogueItem> items(int count) {
        String[] names = {"城乡居民基本养老保险参保登记", "失業保險金申領", "工伤保险待遇核定",
                "企业职工基本养老保险关系转移接续申请（跨省转入及转出）、个人账户一次性待遇支付与遗属待遇申领",
                "医疗保险异地就医备案"};
        List<CatalogueItem> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(item(i, names[i % names.length] + "（第" + i + "项）", "区人力资源和社会保障局",
                    i % 3 == 0 ? "信息形成或者变更之日起20个工作日内" : "及时公开",
                    i % 7 == 0 ? null : "https://www.example.gov.cn/zwgk/shbx/item-" + i + "?from=kiosk"));
        }
        return list;
    }

    private byte[] print(List<CatalogueItem> items, List<int[]> progress) {
        DisclosureList list = new DisclosureList("社会保险领域基层政务公开事项清单", "城关街道便民服务中心",
                LocalDate.of(2026, 12, 1), 4711, items);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureListPdf.withInstalledFont().write(list, out, (d, t) -> progress.add(new int[] {d, t}));
        return out.toByteArray();
    }

    @Test
    void everyQrCodeScansToItsItemsUrlAndEveryChineseNameCanBeRead() throws Exception {
        List<CatalogueItem> items = items(40);
        byte[] pdf = print(items, new ArrayList<>());
        Path file = dir.resolve("list.pdf");
        Files.write(file, pdf);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "disclosure-list-sample.pdf"), pdf);

        List<String> decoded = new ArrayList<>();
        for (BufferedImage page : render(file)) {
            decoded.addAll(decodeAll(page));
        }
        List<String> urls = items.stream().map(CatalogueItem::onlineUrl).filter(u -> u != null).toList();
        assertThat(decoded).containsExactlyInAnyOrderElementsOf(urls);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            for (CatalogueItem i : items) {
                assertThat(text).contains(i.name().replaceAll("\\s", ""));
            }
            int pages = doc.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(p);
                one.setEndPage(p);
                String pageText = one.getText(doc).replaceAll("\\s", "");
                assertThat(pageText).contains("社会保险领域基层政务公开事项清单", "城关街道便民服务中心",
                        "2026年12月1日", "同步序号4711", "第" + p + "页/共" + pages + "页");
            }
            assertThat(text).contains("失業保險金申領", DisclosureListPdf.NO_URL);
        }
    }

    @Test
    void punctuatedNamesPrintWithNoCellLineStartingWithClosingOrEndingWithOpeningPunctuation() throws Exception {
        List<CatalogueItem> items = List.of(
                item(1, "关于印发《东湖街道“十四五”社区服务规划（2021—2025年）》的通知〔2024〕12号", "区人民政府办公室（区政务公开办）",
                        "信息形成或者变更之日起20个工作日内（法律、法规另有规定的除外）", "https://www.example.gov.cn/zwgk/1"),
                item(2, "城乡居民基本养老保险参保登记、缴费档次变更、待遇领取资格认证（含「静默认证」）", "区人力资源和社会保障局（区医疗保障局）",
                        "及时公开；涉及个人信息的，依申请公开。", "https://www.example.gov.cn/zwgk/2"),
                item(3, "Employment Promotion Law 配套：就业困难人员认定（〔2023〕7号文件）", "街道社区服务中心、各社区居委会",
                        "每季度首月10日前（遇节假日顺延）", null));
        Path file = dir.resolve("punctuated.pdf");
        Files.write(file, print(items, new ArrayList<>()));
        Path pictures = Files.createDirectories(Path.of("target", "disclosure-list-linebreak"));
        Files.copy(file, pictures.resolve("punctuated.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(render(file)).hasSize(1).first().satisfies(page -> ImageIO.write(page, "png",
                pictures.resolve("punctuated-page-1.png").toFile()));

        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper inDrawingOrder = new PDFTextStripper(); // one output line per drawn cell line
            List<String> cellLines = inDrawingOrder.getText(doc).lines().map(String::strip).toList();
            assertThat(cellLines).hasSizeGreaterThan(15).allSatisfy(line -> {
                assertThat(TextLinesTest.NO_LINE_START).doesNotContain(line.substring(0, 1));
                assertThat(TextLinesTest.NO_LINE_END).doesNotContain(line.substring(line.length() - 1));
            });
            assertThat(String.join("", cellLines).replaceAll("\\s", "")).contains("〔2024〕12号", "（2021—2025年）",
                    "EmploymentPromotionLaw", "「静默认证」");
        }
    }

    @Test
    void theListsQrCodesHaveTheFullQuietZoneAndScanAtTheirPrintedSize() throws Exception {
        String url = "https://www.example.gov.cn/zwgk/shbx/item-7?from=kiosk";
        try (PDDocument doc = new PDDocument()) {
            BufferedImage qr = new QrImages().image(doc, url).getImage();

            assertThat(QrScan.quietZoneModules(qr)).isEqualTo(4.0);
            assertThat(QrScan.decodePrinted(qr, DisclosureListPdf.QR_SIZE, dir)).isEqualTo(url);
        }
        assertThat(DisclosureListPdf.QR_SIZE).isEqualTo(QrScan.SMALLEST_PRINTED_POINTS);
    }

    @Test
    void progressIsReportedForEveryRowAndEndsAtTheTotal() {
        List<int[]> progress = new ArrayList<>();
        print(items(25), progress);
        assertThat(progress).hasSize(25);
        assertThat(progress.getLast()).containsExactly(25, 25);
    }

    @Test
    void anEmptySelectionPrintsOnePageSayingSo() throws Exception {
        try (PDDocument doc = Loader.loadPDF(print(List.of(), new ArrayList<>()))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("没有符合条件的公开事项", "第 1 页 / 共 1 页");
        }
    }

    @Test
    void withoutACjkFontPrintingFailsWithAClearMessageInsteadOfPrintingBoxes() {
        Path missing = dir.resolve("no-such-font.ttf");
        List<CjkFontFile> none = List.of();
        assertThatThrownBy(() -> CjkFontFile.locate(missing, none))
                .isInstanceOf(PrintException.class)
                .hasMessageContaining("找不到打印所需的中文字体")
                .hasMessageContaining("fonts-wqy-zenhei")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aConfiguredFontFileIsUsedBeforeTheDebianOnes() throws Exception {
        Path copy = dir.resolve("my-wqy-zenhei.ttc");
        Files.copy(CjkFontFile.DEBIAN.getFirst().file(), copy);
        assertThat(CjkFontFile.locate(copy).file()).isEqualTo(copy);
    }

    static List<BufferedImage> render(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftoppm", "-r", "150", "-png", pdf.toString(),
                pdf.resolveSibling("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<BufferedImage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(pdf.getParent())) {
            for (Path png : files.filter(f -> f.getFileName().toString().startsWith("page")).sorted().toList()) {
                pages.add(ImageIO.read(png.toFile()));
            }
        }
        return pages;
    }

    /** Every QR code on a rendered page. */
    static List<String> decodeAll(BufferedImage page) throws Exception {
        List<String> found = new ArrayList<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, true))) {
                found.add(r.getText());
            }
        } catch (NotFoundException none) {
            // a page whose items have no URL
        }
        return found;
    }
}
