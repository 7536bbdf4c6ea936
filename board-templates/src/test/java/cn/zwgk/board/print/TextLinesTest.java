package cn.zwgk.board.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** Cell text wraps inside its width, keeps Latin words whole, and never asks the font for a glyph it lacks. */
class TextLinesTest {
    @Test
    void linesFitTheCellWordsStayWholeAndMissingGlyphsBecomeQuestionMarks() throws Exception {
        CjkFontFile f = CjkFontFile.locate();
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(f.file().toFile())) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName(f.fontName()), true);
            TextLines lines = new TextLines(font);
            float size = 9;
            float width = 100;
            String text = "企业职工基本养老保险关系转移接续申请（跨省转入及转出）Employment Promotion Law 😀 第十二条";

            List<String> wrapped = lines.wrap(text, size, width, 50);

            assertThat(wrapped).hasSizeGreaterThan(2).allSatisfy(
                    line -> assertThat(lines.width(line) / 1000 * size).isLessThanOrEqualTo(width));
            assertThat(String.join("", wrapped)).contains("Employment", "Promotion", "?").doesNotContain("😀");
            assertThat(lines.wrap(text, size, width, 2)).hasSize(2).last().asString().endsWith("…");
        }
    }
}
