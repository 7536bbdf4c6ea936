package cn.zwgk.kiosk.i18n;

import com.ibm.icu.text.Transliterator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Simplified → Traditional Chinese for UI text, by ICU4J's {@code Hans-Hant} transliterator plus a small
 * list of phrases it converts wrongly. ICU works character by character: for a few one-to-many
 * characters (干 乾/幹, 钟 鐘/鍾, 复 復/複, 系 係/繫) it picks the common form where the phrase needs the
 * other. Review new UI strings by eye (run {@code TraditionalBundlePreview}) and add the phrase here when
 * ICU gets it wrong.
 */
final class HansToHant {

    /** Simplified phrase → correct Traditional phrase, where ICU's character-level pick is wrong. */
    static final Map<String, String> OVERRIDES = Map.of(
            "干活", "幹活",
            "发布", "發布",
            "钟情", "鍾情",
            "咨询", "諮詢",
            "复印", "複印",
            "系好", "繫好",
            "后台", "後臺");

    private static final List<String> PHRASES = OVERRIDES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private final Transliterator transliterator = Transliterator.getInstance("Hans-Hant");

    /** Converts {@code simplified}; override phrases are emitted as listed, everything between them by ICU. */
    String convert(String simplified) {
        StringBuilder out = new StringBuilder(simplified.length());
        StringBuilder pending = new StringBuilder();
        int i = 0;
        while (i < simplified.length()) {
            String phrase = phraseAt(simplified, i);
            if (phrase == null) {
                pending.append(simplified.charAt(i));
                i++;
            } else {
                out.append(transliterate(pending.toString())).append(OVERRIDES.get(phrase));
                pending.setLength(0);
                i += phrase.length();
            }
        }
        return out.append(transliterate(pending.toString())).toString();
    }

    private static String phraseAt(String text, int index) {
        for (String phrase : PHRASES) {
            if (text.startsWith(phrase, index)) {
                return phrase;
            }
        }
        return null;
    }

    // ICU transliterators keep per-call state: not safe to share between threads unsynchronised.
    private synchronized String transliterate(String text) {
        return text.isEmpty() ? text : transliterator.transliterate(text);
    }
}
