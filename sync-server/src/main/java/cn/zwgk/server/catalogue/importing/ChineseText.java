package cn.zwgk.server.catalogue.importing;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as spreadsheets deliver it: full-width spaces (U+3000), non-breaking spaces, full-width letters,
 * both scripts. Values are kept as typed (only their spaces tidied); matching uses {@link #key}.
 */
final class ChineseText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0\\u2002-\\u200B\\uFEFF]+");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final ThreadLocal<Transliterator> T2S =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private ChineseText() {
    }

    /** A cell value as stored: spaces of every width collapsed to one ASCII space, trimmed; null → "". */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return SPACES.matcher(s.replace("\r\n", "\n")).replaceAll(m -> m.group().contains("\n") ? "\n" : " ").strip();
    }

    /** For matching only: NFKC (full-width → half-width), 繁→简, no spaces, lower case. */
    static String key(String s) {
        String n = Normalizer.normalize(clean(s), Normalizer.Form.NFKC);
        return SPACES.matcher(simplified(n)).replaceAll("").toLowerCase();
    }

    /** A header's key without bracketed notes: "公开对象（全社会/特定群体）" → "公开对象". */
    static String headerKey(String s) {
        return BRACKETED.matcher(key(s)).replaceAll("");
    }

    static String simplified(String s) {
        return T2S.get().transliterate(s);
    }

    /** zh-Hant when converting to Simplified changes the text, else zh-Hans. */
    static String language(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isEmpty() && !simplified(t).equals(t)) {
                return "zh-Hant";
            }
        }
        return "zh-Hans";
    }
}
