package cn.zwgk.kiosk.search;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folding shared by the index and the queries: full-width to half-width (NFKC), lower case and
 * Traditional → Simplified, so that 社會保險 and 社会保险 compare equal. Thread-safe.
 *
 * <p>Traditional → Simplified is ICU4J's {@code Traditional-Simplified} transform, applied one character
 * at a time from a table built once from ICU (about 0.3 s at start-up). In the analysis chain every Han
 * character is its own token, so this is exactly what Lucene's {@code ICUTransformFilter} did there, but
 * without a transliterator call per character, which took most of the index build time (67 s → see
 * docs/BENCHMARKS.md). Characters outside the BMP go through the transliterator itself.
 */
final class ChineseText {
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    /** For each BMP character with a different simplified form, that form (may be a surrogate pair); else null. */
    private static final String[] SIMPLIFIED = table();

    private ChineseText() {
    }

    private static String[] table() {
        String[] table = new String[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            String original = String.valueOf((char) c);
            String simplified = TO_SIMPLIFIED.transliterate(original);
            if (!simplified.equals(original)) {
                table[c] = simplified;
            }
        }
        return table;
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
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return transliterate(text);
            }
            String simplified = SIMPLIFIED[c];
            if (simplified != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(simplified != null ? simplified : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether {@code c} (a BMP character) has a different simplified form. */
    static boolean changes(char c) {
        return Character.isSurrogate(c) || SIMPLIFIED[c] != null;
    }

    private static String transliterate(String text) {
        // ICU transliterators keep state while they run; the shared instance must not run twice at once.
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
