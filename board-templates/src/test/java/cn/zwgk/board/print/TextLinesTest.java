package cn.zwgk.board.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cell text wraps inside its width, follows 行首行尾禁则, keeps Latin words and numbers whole, never asks for a missing glyph. */
class TextLinesTest {
    /** Punctuation that must not begin a line (closing brackets and quotes, pause and stop marks, ellipsis). */
    static final String NO_LINE_START = "，。、；：？！）」』〕】》〉”’…—～·%,.;:?!)";
    /** Punctuation that must not end a line (opening brackets and quotes). */
    static final String NO_LINE_END = "（「『〔【《〈“‘(";
    static final String PUNCTUATED = "关于印发《东湖街道“十四五”社区服务规划（2021—2025年）》的通知〔2024〕12号、"
            + "〔2024〕13号：请各社区（居委会）、各网格，按照「一窗受理」要求，于12月31日前报送……"
            + "详见 Employment Promotion Law 第十二条；联系人：阿卜杜拉·买买提，电话：010-65111001！咨询？（周一～周五）";
    static final float SIZE = 9;

    static PDDocument doc;
    static TrueTypeCollection ttc;
    static TextLines lines;

    @BeforeAll
    static void loadFont() throws Exception {
        CjkFontFile f = CjkFontFile.locate();
        doc = new PDDocument();
        ttc = new TrueTypeCollection(f.file().toFile());
        lines = new TextLines(PDType0Font.load(doc, ttc.getFontByName(f.fontName()), true));
    }

    @AfterAll
    static void closeFont() throws Exception {
        ttc.close();
        doc.close();
    }

    @Test
    void linesFitTheCellWordsStayWholeAndMissingGlyphsBecomeQuestionMarks() {
        float width = 100;
        String text = "企业职工基本养老保险关系转移接续申请（跨省转入及转出）Employment Promotion Law 😀 第十二条";

        List<String> wrapped = lines.wrap(text, SIZE, width, 50);

        assertThat(wrapped).hasSizeGreaterThan(2).allSatisfy(
                line -> assertThat(lines.width(line) / 1000 * SIZE).isLessThanOrEqualTo(width));
        assertThat(String.join("", wrapped)).contains("Employment", "Promotion", "?").doesNotContain("😀");
        List<String> cut = lines.wrap(text, SIZE, width, 2);
        assertThat(cut).hasSize(2).last().asString().endsWith("…");
        assertThat(lines.width(cut.getLast()) / 1000 * SIZE).isLessThanOrEqualTo(width);
    }

    @Test
    void atEveryCellWidthNoLineStartsWithClosingPunctuationOrEndsWithAnOpeningOne() {
        int checked = 0;
        for (float width = 50; width <= 200; width += 1.5f) {
            List<String> wrapped = lines.wrap(PUNCTUATED, SIZE, width, 100);
            for (int i = 0; i < wrapped.size(); i++) {
                String line = wrapped.get(i);
                String at = "width " + width + ", line " + (i + 1) + ": " + wrapped;
                assertThat(lines.width(line) / 1000 * SIZE).as(at).isLessThanOrEqualTo(width);
                if (i > 0) {
                    assertThat(NO_LINE_START).as(at).doesNotContain(line.substring(0, 1));
                    checked++;
                }
                if (i < wrapped.size() - 1) {
                    assertThat(NO_LINE_END).as(at).doesNotContain(line.substring(line.length() - 1));
                }
            }
            assertThat(String.join("", wrapped).replace(" ", "")).as("width " + width)
                    .isEqualTo(PUNCTUATED.replace(" ", ""));
        }
        assertThat(checked).as("line starts checked").isGreaterThan(500);
    }

    @Test
    void numbersDocumentNumbersAndLatinWordsAreNeverSplitAcrossLines() {
        // from the width of the longest unbreakable run, "：010-65111001！"
        for (float width = 80; width <= 200; width += 1.5f) {
            List<String> wrapped = lines.wrap(PUNCTUATED, SIZE, width, 100);
            assertThat(wrapped).as("width " + width)
                    .anySatisfy(l -> assertThat(l).contains("〔2024〕"))
                    .anySatisfy(l -> assertThat(l).contains("Employment"))
                    .anySatisfy(l -> assertThat(l).contains("010-65111001"));
            for (int i = 1; i < wrapped.size(); i++) {
                int last = wrapped.get(i - 1).codePointBefore(wrapped.get(i - 1).length());
                int first = wrapped.get(i).codePointAt(0);
                if (latin(last) && latin(first)) { // two words, then: the text had a space between them
                    assertThat(PUNCTUATED).as("a word or number split at width " + width + ": " + wrapped)
                            .contains(Character.toString(last) + " " + Character.toString(first));
                }
            }
        }
    }

    private static boolean latin(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    @Test
    void onlyARunLongerThanTheWholeLineIsBrokenBetweenCharacters() {
        String url = "https://www.example.gov.cn/zwgk/shbx/a-very-long-path-without-any-break";

        List<String> wrapped = lines.wrap("网址：" + url, SIZE, 60, 20);

        assertThat(wrapped).hasSizeGreaterThan(3).allSatisfy(
                line -> assertThat(lines.width(line) / 1000 * SIZE).isLessThanOrEqualTo(60));
        assertThat(String.join("", wrapped)).isEqualTo("网址：" + url);
    }
}
