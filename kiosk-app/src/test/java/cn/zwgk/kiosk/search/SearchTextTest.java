package cn.zwgk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.kiosk.search.Highlighted.Range;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The text side of search, without an index: analysis, pinyin initials, query cleaning, highlighting. */
class SearchTextTest {

    private static List<String> indexTerms(String text) {
        return Tokens.of(SearchAnalyzer.forIndex(), SearchDocuments.ALL, text).terms();
    }

    private static List<String> queryTerms(String text) {
        return Tokens.of(SearchAnalyzer.forQuery(), SearchDocuments.ALL, text).terms();
    }

    @Nested
    class Analysis {
        @Test
        void simplifiedAndTraditionalGiveTheSameTermsInBothDirections() {
            assertThat(queryTerms("社會保險")).containsExactly("社会", "会保", "保险");
            assertThat(queryTerms("社会保险")).containsExactly("社会", "会保", "保险");
            assertThat(indexTerms("申領社會保險待遇")).containsAll(queryTerms("社会保险"));
            assertThat(indexTerms("申领社会保险待遇")).containsAll(queryTerms("社會保險"));
        }

        @Test
        void chineseNeedsNoSpaces() {
            assertThat(indexTerms("城乡居民基本养老保险")).containsAll(queryTerms("养老保险"));
        }

        @Test
        void theIndexKeepsSingleCharactersSoOneCharacterQueriesFindThem() {
            assertThat(queryTerms("税")).containsExactly("税");
            assertThat(indexTerms("个人所得税汇算")).contains("税");
            assertThat(queryTerms("稅")).containsExactly("税");
        }

        @Test
        void fullWidthLettersAndDigitsAreFolded() {
            assertThat(queryTerms("ＡＢＣ２０２４")).containsExactly("abc2024");
        }

        @Test
        void theTableDrivenConversionEqualsLucenesIcuTransformFilterOnTheDemoData() throws Exception {
            org.apache.lucene.analysis.Analyzer icu = new org.apache.lucene.analysis.Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    var tokenizer = new org.apache.lucene.analysis.standard.StandardTokenizer();
                    var stream = new org.apache.lucene.analysis.icu.ICUTransformFilter(
                            new org.apache.lucene.analysis.core.LowerCaseFilter(
                                    new org.apache.lucene.analysis.cjk.CJKWidthFilter(tokenizer)),
                            com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified"));
                    return new TokenStreamComponents(tokenizer,
                            new org.apache.lucene.analysis.cjk.CJKBigramFilter(stream, org.apache.lucene.analysis.cjk
                                    .CJKBigramFilter.HAN | org.apache.lucene.analysis.cjk.CJKBigramFilter.HIRAGANA
                                    | org.apache.lucene.analysis.cjk.CJKBigramFilter.KATAKANA
                                    | org.apache.lucene.analysis.cjk.CJKBigramFilter.HANGUL, true));
                }
            };
            var items = new cn.zwgk.core.demo.DemoDataGenerator(7).generate(600).items();
            for (var item : items) {
                String text = item.name() + " " + item.content() + " 著作 乾隆 頭髮 㠣";
                assertThat(indexTerms(text)).as(item.name())
                        .isEqualTo(Tokens.of(icu, "all", text).terms());
            }
        }

        @Test
        void documentNumbersSplitTheSameWayOnBothSides() {
            assertThat(indexTerms("城政办发〔2024〕12号")).containsAll(queryTerms("〔2024〕12号"));
        }
    }

    @Nested
    class Initials {
        @Test
        void simplifiedAndTraditionalNamesGiveTheSameInitials() {
            assertThat(PinyinInitials.of("社会保险").letters()).isEqualTo("shbx");
            assertThat(PinyinInitials.of("社會保險").letters()).isEqualTo("shbx");
        }

        @Test
        void lettersPointBackToTheirCharacters() {
            PinyinInitials initials = PinyinInitials.of("2024年低保标准");
            assertThat(initials.letters()).isEqualTo("2024ndbbz");
            assertThat(initials.sourceIndex()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(PinyinInitials.of("《低保》").sourceIndex()).containsExactly(1, 2);
        }

        @Test
        void onlyLettersLookLikeInitials() {
            assertThat(PinyinInitials.looksLikeInitials("shbx")).isTrue();
            assertThat(PinyinInitials.looksLikeInitials("社保")).isFalse();
            assertThat(PinyinInitials.looksLikeInitials("12")).isFalse();
        }
    }

    @Nested
    class Queries {
        @Test
        void aVeryLongQueryIsCutToOneHundredCharacters() {
            SearchQuery query = SearchQuery.of("社".repeat(2000));

            assertThat(query.truncated()).isTrue();
            assertThat(query.text()).hasSize(SearchQuery.MAX_LENGTH);
        }

        @Test
        void emojiAloneIsNotSearchableAndIsNeverCutInHalf() {
            SearchQuery emoji = SearchQuery.of("😀🙂👍");
            assertThat(emoji.isSearchable()).isFalse();

            SearchQuery cut = SearchQuery.of("😀".repeat(150));
            assertThat(cut.text().codePointCount(0, cut.text().length())).isEqualTo(SearchQuery.MAX_LENGTH);
        }

        @Test
        void sqlAndQuerySyntaxAreJustText() {
            SearchQuery sql = SearchQuery.of("' OR 1=1 --");
            assertThat(sql.terms()).containsExactly("or", "1", "1");
            assertThat(SearchQuery.of("name:* AND \"x").terms()).containsExactly("name", "and", "x");
            assertThat(SearchQuery.of("<script>alert(1)</script>").terms()).containsExactly("script", "alert", "1", "script");
        }

        @Test
        void controlCharactersAreDropped() {
            assertThat(SearchQuery.of("低\u0000保\u200b").text()).isEqualTo("低保");
        }

        @Test
        void lettersAreAlsoReadAsPinyinInitials() {
            assertThat(SearchQuery.of("SHBX").initials()).isEqualTo("shbx");
            assertThat(SearchQuery.of("社保").initials()).isEmpty();
        }
    }

    @Nested
    class Highlighting {
        @Test
        void marksTheMatchedCharactersAlsoAcrossSimplifiedAndTraditional() {
            Set<String> terms = SearchQuery.of("社会保险").highlightTerms();

            assertThat(Highlighter.highlight("申領社會保險待遇", terms).ranges()).containsExactly(new Range(2, 6));
        }

        @Test
        void marksEveryOccurrenceAndMergesNeighbours() {
            Set<String> terms = SearchQuery.of("低保").highlightTerms();

            assertThat(Highlighter.highlight("低保标准和低保金", terms).ranges())
                    .containsExactly(new Range(0, 2), new Range(5, 7));
        }

        @Test
        void marksTheCharactersBehindPinyinInitials() {
            assertThat(Highlighter.highlightInitials("城乡社会保险", "shbx").ranges()).containsExactly(new Range(2, 6));
        }

        @Test
        void aSnippetStartsNearTheFirstMatchAndSaysWhereItWasCut() {
            String text = "甲".repeat(100) + "低保" + "乙".repeat(100);

            Highlighted snippet = Highlighter.snippet(text, SearchQuery.of("低保").highlightTerms(), 30);

            assertThat(snippet.text()).startsWith("…").endsWith("…").contains("低保");
            Range range = snippet.ranges().getFirst();
            assertThat(snippet.text().substring(range.start(), range.end())).isEqualTo("低保");
        }
    }
}
