package cn.zwgk.server.catalogue.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {
    @Test
    void valuesKeepTheirScriptAndLoseOnlyExtraSpaces() {
        assertThat(ChineseText.clean("\u3000失業保險金\u3000\u3000申領 \u00A0")).isEqualTo("失業保險金 申領");
    }

    @Test
    void keysMatchAcrossScriptsWidthsAndSpaces() {
        assertThat(ChineseText.key("社會保險 待遇")).isEqualTo(ChineseText.key("社会保险待遇"));
        assertThat(ChineseText.key("ＡＢＣ　１２３")).isEqualTo("abc123");
        assertThat(ChineseText.headerKey("公開內容（要素）")).isEqualTo("公开内容");
    }

    @Test
    void languageIsTraditionalOnlyWhenATraditionalCharacterIsPresent() {
        assertThat(ChineseText.language("失业保险金申领", "区人社局")).isEqualTo("zh-Hans");
        assertThat(ChineseText.language("失业保险金申领", "區人社局")).isEqualTo("zh-Hant");
    }
}
