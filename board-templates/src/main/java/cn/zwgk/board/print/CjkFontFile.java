package cn.zwgk.board.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the CJK font for printed lists lives. PDFBox embeds TrueType outlines only (Noto CJK's CFF
 * outlines fail), so this looks for WenQuanYi (Debian {@code fonts-wqy-zenhei} / {@code fonts-wqy-microhei})
 * in a configured path first, then in the usual Debian places. A missing font is an error, never a
 * fallback to a font without Chinese glyphs (which would print boxes).
 *
 * @param file     the .ttc/.ttf file
 * @param fontName the font's PostScript name inside a collection
 */
public record CjkFontFile(Path file, String fontName) {
    /** System property or environment variable naming a font file to use instead of the Debian ones. */
    public static final String PROPERTY = "zwgk.print.font";
    public static final String ENV = "ZWGK_PRINT_FONT";

    static final List<CjkFontFile> DEBIAN = List.of(
            new CjkFontFile(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei"),
            new CjkFontFile(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "WenQuanYiMicroHei"));

    /** The configured font if set (property, then environment), else the first Debian font present. */
    public static CjkFontFile locate() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENV));
        return locate(configured == null || configured.isBlank() ? null : Path.of(configured.strip()));
    }

    /** {@code configured} (may be null) first, then the Debian paths. */
    public static CjkFontFile locate(Path configured) {
        return locate(configured, DEBIAN);
    }

    static CjkFontFile locate(Path configured, List<CjkFontFile> fallbacks) {
        List<CjkFontFile> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(new CjkFontFile(configured, guessName(configured)));
        }
        candidates.addAll(fallbacks);
        for (CjkFontFile f : candidates) {
            if (Files.isReadable(f.file())) {
                return f;
            }
        }
        List<Path> looked = candidates.stream().map(CjkFontFile::file).toList();
        throw new PrintException("找不到打印所需的中文字体，请安装 fonts-wqy-zenhei（apt-get install fonts-wqy-zenhei）"
                + "或用 " + PROPERTY + " 指定字体文件。 No CJK font for printing: install fonts-wqy-zenhei or set "
                + PROPERTY + "/" + ENV + " to a TrueType font file. Looked in " + looked);
    }

    private static String guessName(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        return n.contains("microhei") ? "WenQuanYiMicroHei" : "WenQuanYiZenHei";
    }
}
