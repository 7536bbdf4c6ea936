package cn.zwgk.kiosk.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UI strings of the kiosk, from one resource bundle per feature ({@link #BUNDLES}, files under
 * {@code src/main/resources/i18n/}, UTF-8). Views call {@code getTranslation("feature.key")}; the key's
 * first segment picks the bundle. Simplified Chinese is the default and the source of every string.
 */
public final class KioskI18NProvider implements I18NProvider {
    private static final Logger LOG = LoggerFactory.getLogger(KioskI18NProvider.class);

    public static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-Hans");
    public static final Locale TRADITIONAL = Locale.forLanguageTag("zh-Hant");
    public static final Locale MONGOLIAN = Locale.forLanguageTag("mn-Mong");

    /** Feature bundles: a key {@code catalogue.home.title} lives in {@code i18n/catalogue*.properties}. */
    public static final List<String> BUNDLES = List.of("ui", "catalogue", "search", "notice");

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
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("i18n/" + bundle, bundleLocale(locale)).getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("missing translation {} for {}", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(params);
    }

    /** Maps a UI locale to the locale of the bundle file ({@code _mn} for Mongolian, the default otherwise). */
    private static Locale bundleLocale(Locale locale) {
        return locale != null && "mn".equals(locale.getLanguage()) ? Locale.forLanguageTag("mn") : Locale.ROOT;
    }
}
