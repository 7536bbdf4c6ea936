package cn.zwgk.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KioskI18NProviderTest {
    /** Bundles of the resident screens: complete in Mongolian (staff screens may fall back to Simplified). */
    static final List<String> RESIDENT_BUNDLES = List.of("ui", "catalogue", "search", "notice", "request");
    final KioskI18NProvider provider = new KioskI18NProvider();

    @Test
    void simplifiedChineseIsTheDefaultAndTheSource() {
        assertThat(provider.getTranslation("ui.nav.home", KioskI18NProvider.SIMPLIFIED)).isEqualTo("首页");
        assertThat(provider.getTranslation("ui.nav.home", null)).isEqualTo("首页");
        assertThat(provider.getTranslation("ui.nav.home", Locale.ENGLISH)).isEqualTo("首页");
    }

    @Test
    void traditionalChineseIsConvertedFromTheSimplifiedBundle() {
        assertThat(provider.getTranslation("ui.nav.home", KioskI18NProvider.TRADITIONAL)).isEqualTo("首頁");
        assertThat(provider.getTranslation("ui.comfort.high-contrast", KioskI18NProvider.TRADITIONAL)).isEqualTo("高對比度");
        assertThat(provider.getTranslation("ui.idle.continue", Locale.forLanguageTag("zh-TW"))).isEqualTo("繼續使用");
    }

    @Test
    void mongolianComesFromTheMnBundleInTraditionalScript() {
        String home = provider.getTranslation("ui.nav.home", KioskI18NProvider.MONGOLIAN);
        assertThat(home).isNotBlank().isNotEqualTo("首页");
        assertThat(home.codePoints().filter(c -> c >= 0x1800 && c <= 0x18AF).count()).isPositive();
    }

    @Test
    void parametersAreFilledInEveryLanguage() {
        assertThat(provider.getTranslation("ui.idle.countdown", KioskI18NProvider.SIMPLIFIED, 15)).startsWith("15 秒后");
        assertThat(provider.getTranslation("ui.idle.countdown", KioskI18NProvider.TRADITIONAL, 15)).startsWith("15 秒後");
        assertThat(provider.getTranslation("ui.idle.countdown", KioskI18NProvider.MONGOLIAN, 15)).contains("15");
    }

    @Test
    void eachLanguageHasItsHtmlLangTag() {
        assertThat(KioskI18NProvider.htmlLang(KioskI18NProvider.SIMPLIFIED)).isEqualTo("zh-Hans");
        assertThat(KioskI18NProvider.htmlLang(Locale.forLanguageTag("zh-HK"))).isEqualTo("zh-Hant");
        assertThat(KioskI18NProvider.htmlLang(Locale.forLanguageTag("mn"))).isEqualTo("mn-Mong");
    }

    @Nested
    class MissingKeys {
        final KioskI18NProvider fixture = new KioskI18NProvider("i18n-fixture/");

        @Test
        void aKeyMissingInMongolianFallsBackToSimplified() {
            assertThat(fixture.getTranslation("ui.both", KioskI18NProvider.MONGOLIAN)).isEqualTo("ᠮᠣᠩᠭᠣᠯ");
            assertThat(fixture.getTranslation("ui.only-simplified", KioskI18NProvider.MONGOLIAN)).isEqualTo("只有简体");
            assertThat(fixture.getTranslation("ui.only-simplified", KioskI18NProvider.TRADITIONAL)).isEqualTo("只有簡體");
        }

        @Test
        void aBundleWithoutMongolianFileFallsBackToSimplified() {
            assertThat(fixture.getTranslation("search.title", KioskI18NProvider.MONGOLIAN)).isEqualTo("搜索");
        }

        @Test
        void anUnknownKeyIsMarkedForDevelopersNotThrown() {
            assertThat(provider.getTranslation("ui.no.such.key", KioskI18NProvider.TRADITIONAL)).isEqualTo("!ui.no.such.key");
            assertThat(provider.getTranslation("nobundle", KioskI18NProvider.SIMPLIFIED)).isEqualTo("!nobundle");
            assertThat(provider.getTranslation("other.key", KioskI18NProvider.SIMPLIFIED)).isEqualTo("!other.key");
        }
    }

    @Nested
    class TraditionalConversion {
        final HansToHant hansToHant = new HansToHant();

        @Test
        void convertsByCharacterWithIcu() {
            assertThat(hansToHant.convert("社会保险 没有找到 数据更新于")).isEqualTo("社會保險 沒有找到 數據更新於");
        }

        @Test
        void fixesTheKnownWrongPicksOfIcu() {
            assertThat(hansToHant.convert("干活")).isEqualTo("幹活");
            assertThat(hansToHant.convert("一见钟情")).isEqualTo("一見鍾情");
            assertThat(hansToHant.convert("政策咨询和复印")).isEqualTo("政策諮詢和複印");
        }

        @Test
        void keepsPlaceholdersAndLatinText() {
            assertThat(hansToHant.convert("共 {0} 项 QR")).isEqualTo("共 {0} 項 QR");
        }
    }

    /**
     * Every key of the resident bundles has a Mongolian entry, and every Traditional string is written
     * to {@code target/i18n-review/zh-Hant.txt} so a person can read the conversion through.
     */
    @Test
    void everyKeyHasAMongolianEntryAndTheTraditionalTextIsWrittenForReview() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> review = new ArrayList<>();
        for (String bundle : RESIDENT_BUNDLES) {
            Properties simplified = load(bundle + ".properties");
            Properties mongolian = load(bundle + "_mn.properties");
            for (String key : new TreeSet<>(simplified.stringPropertyNames())) {
                if (!mongolian.containsKey(key)) {
                    missing.add(key);
                }
                review.add(key + " = " + simplified.getProperty(key) + " → "
                        + provider.getTranslation(key, KioskI18NProvider.TRADITIONAL));
            }
        }
        Path out = Path.of("target", "i18n-review", "zh-Hant.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, review, StandardCharsets.UTF_8);
        assertThat(missing).as("keys without a Mongolian entry (add them to i18n/<bundle>_mn.properties)").isEmpty();
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KioskI18NProviderTest.class.getClassLoader().getResourceAsStream("i18n/" + file)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
