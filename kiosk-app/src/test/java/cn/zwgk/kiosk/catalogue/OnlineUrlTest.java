package cn.zwgk.kiosk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OnlineUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.gov.cn/zwgk/social-insurance/1.html", "http://zwgk.example.cn/a?b=1&c=%E4%B8%AD",
            "HTTPS://WWW.EXAMPLE.GOV.CN/"})
    void webAddressesAreKept(String url) {
        assertThat(OnlineUrl.of(url)).contains(url);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.cn/a",
            "www.example.gov.cn/zwgk", "/zwgk/1.html", "https://", "https://exa mple.cn/", "https://example.cn/\n<b>",
            "   ", "https:///path-only"})
    void anythingElseCountsAsNoPage(String url) {
        assertThat(OnlineUrl.of(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {OnlineUrl.MAX_LENGTH + 1, 100_000})
    void absurdlyLongAddressesCountAsNoPage(int length) {
        String url = "https://example.cn/" + "a".repeat(length);
        assertThat(OnlineUrl.of(url)).isEmpty();
    }
}
