package cn.zwgk.kiosk.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UI strings of the kiosk, from one resource bundle per feature ({@link #BUNDLES}, files under
 * {@code src/main/resources/i18n/}, UTF-8). Views call {@code getTranslation("feature.key")}; the key's
 * first segment picks the bundle.
 *
 * <ul>
 *   <li>简体中文 ({@link #SIMPLIFIED}, default): {@code i18n/<bundle>.properties}, the source of every string.</li>
 *   <li>繁體中文 ({@link #TRADITIONAL}): the Simplified string converted by ICU4J ({@link HansToHant}),
 *       cached; there are no hand-kept Traditional files to drift out of date.</li>
 *   <li>Mongolian in traditional script ({@link #MONGOLIAN}): {@code i18n/<bundle>_mn.properties}; a key
 *       missing there falls back to Simplified, never to a raw key.</li>
 * </ul>
 */
public final class KioskI18NProvider implements I18NProvider {
    private static final Logger LOG = LoggerFactory.getLogger(KioskI18NProvider.class);

    public static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-Hans");
    public static final Locale TRADITIONAL = Locale.forLanguageTag("zh-Hant");
    public static final Locale MONGOLIAN = Locale.forLanguageTag("mn-Mong");

    /** Feature bundles: a key {@code catalogue.home.title} lives in {@code i18n/catalogue*.properties}. */
    public static final List<String> BUNDLES = List.of("ui", "catalogue", "search", "notice", "sync", "request", "staff",
            "board", "print");

    private final String folder;
    private final HansToHant hansToHant = new HansToHant();
    private final Map<String, Properties> files = new ConcurrentHashMap<>();
    private final Map<String, String> traditional = new ConcurrentHashMap<>();

    public KioskI18NProvider() {
        this("i18n/");
    }

    /** Reads the bundles from another classpath folder (tests). */
    KioskI18NProvider(String folder) {
        this.folder = folder;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SIMPLIFIED, TRADITIONAL, MONGOLIAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        int dot = key.indexOf('.');
        String bundle = dot < 0 ? "ui" : key.substring(0, dot);
        if (!BUNDLES.contains(bundle)) {
            LOG.warn("translation key {} names no bundle", key);
            return "!" + key;
        }
        Optional<String> simplified = lookup(bundle + ".properties", key);
        if (simplified.isEmpty()) {
            LOG.warn("missing translation {} (no Simplified source)", key);
            return "!" + key;
        }
        Locale variant = variantOf(locale);
        String pattern;
        if (variant == TRADITIONAL) {
            pattern = traditional.computeIfAbsent(key, k -> hansToHant.convert(simplified.get()));
        } else if (variant == MONGOLIAN) {
            pattern = lookup(bundle + "_mn.properties", key).orElse(simplified.get());
        } else {
            pattern = simplified.get();
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(params);
    }

    /**
     * The kiosk language a browser or session locale stands for: {@code zh-Hant}, {@code zh-TW},
     * {@code zh-HK}, {@code zh-MO} → Traditional; any {@code mn} → Mongolian; everything else Simplified.
     */
    public static Locale variantOf(Locale locale) {
        if (locale == null) {
            return SIMPLIFIED;
        }
        if ("mn".equals(locale.getLanguage())) {
            return MONGOLIAN;
        }
        if ("zh".equals(locale.getLanguage()) && ("Hant".equals(locale.getScript())
                || List.of("TW", "HK", "MO").contains(locale.getCountry()))) {
            return TRADITIONAL;
        }
        return SIMPLIFIED;
    }

    /** Value for {@code <html lang>}: {@code zh-Hans}, {@code zh-Hant} or {@code mn-Mong}. */
    public static String htmlLang(Locale locale) {
        return variantOf(locale).toLanguageTag();
    }

    private Optional<String> lookup(String file, String key) {
        return Optional.ofNullable(files.computeIfAbsent(folder + file, KioskI18NProvider::load).getProperty(key));
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (InputStream in = KioskI18NProvider.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return properties;
    }
}
