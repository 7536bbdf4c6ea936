package cn.zwgk.server.catalogue.importing;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();

    private ChineseText() {
    }

    /** A cell value as stored: spaces of every width collapsed to one ASCII space, trimmed; null → "". */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (isTidy(s)) {
            return s;
        }
        return SPACES.matcher(s.replace("\r\n", "\n")).replaceAll(m -> m.group().contains("\n") ? "\n" : " ").strip();
    }

    /** Already clean: no space at either end, no carriage return, no space other than single ASCII ones inside. */
    private static boolean isTidy(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == ' ' ? isSpace(s.charAt(i + 1)) : ch != '\n' && isSpace(ch)) {
                return false;
            }
            if (ch == '\n' && (isSpace(s.charAt(i + 1)) || isSpace(s.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00A0' || ch >= '\u2002' && ch <= '\u200B'
                || ch == '\uFEFF';
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

    /** 繁→简 character by character (ICU's Traditional-Simplified maps single characters), each character converted once. */
    static String simplified(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String to = cp < 0x2E80 ? null : SIMPLIFIED.computeIfAbsent(cp, ChineseText::convert);
            to = to == null || to.isEmpty() ? null : to;
            if (to != null && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (to != null) {
                    b.append(to);
                } else {
                    b.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    /** The simplified form of one character, or "" when it has none of its own. */
    private static String convert(int cp) {
        String one = new String(Character.toChars(cp));
        String to = T2S.get().transliterate(one);
        return to.equals(one) ? "" : to;
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
