package cn.zwgk.kiosk.search;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folding shared by the index and the queries: full-width to half-width (NFKC), lower case and
 * Traditional → Simplified (ICU), so that 社會保險 and 社会保险 compare equal. Thread-safe.
 */
final class ChineseText {
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private ChineseText() {
    }

    /** A fresh converter for one analysis chain (each chain runs in one thread at a time). */
    static Transliterator newToSimplified() {
        return Transliterator.getInstance("Traditional-Simplified");
    }

    /** The comparison key of a whole name: folded, without any white space. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return toSimplified(folded).replaceAll("\\s+", "");
    }

    static String toSimplified(String text) {
        // ICU transliterators keep state while they run; one shared instance must not run twice at once.
        synchronized (TO_SIMPLIFIED) {
            return TO_SIMPLIFIED.transliterate(text);
        }
    }

    /** The first {@code max} characters of {@code text}, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
