package cn.zwgk.kiosk.search;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * The pinyin initials of a name (社会保险 → shbx; 社會保險 → shbx), for the on-screen letter pad, with
 * the index of the character each letter came from (to highlight what matched). Latin letters and
 * digits in the name count as themselves; other characters are skipped.
 *
 * <p>Each Han character's initial comes from ICU4J ({@code Han-Latin} after Traditional → Simplified) and
 * is cached per character: a transliterator call costs about a millisecond per name, which made the
 * initials most of the index build time. ICU picks one reading per character (重 → z, 行 → x).
 */
record PinyinInitials(String letters, int[] sourceIndex) {
    /** Names are at most 200 characters; initials beyond this many add nothing to a search. */
    static final int MAX_LETTERS = 40;
    private static final char UNKNOWN = 0;
    private static final char NONE = ' ';

    private static final Transliterator HAN_TO_LATIN = Transliterator.getInstance("Han-Latin");
    /** Initial per BMP character, filled on first use (writes are idempotent, so races are harmless). */
    private static final char[] INITIALS = new char[Character.MAX_VALUE + 1];

    static PinyinInitials of(String text) {
        if (text == null) {
            return new PinyinInitials("", new int[0]);
        }
        StringBuilder letters = new StringBuilder();
        int[] source = new int[MAX_LETTERS];
        for (int i = 0; i < text.length() && letters.length() < MAX_LETTERS; i++) {
            char c = text.charAt(i);
            char initial = c < 128 ? (Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : NONE) : initialOf(c);
            if (initial != NONE) {
                source[letters.length()] = i;
                letters.append(initial);
            }
        }
        return new PinyinInitials(letters.toString(), Arrays.copyOf(source, letters.length()));
    }

    private static char initialOf(char c) {
        char cached = INITIALS[c];
        if (cached != UNKNOWN) {
            return cached;
        }
        char initial = NONE;
        if (!Character.isSurrogate(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            String latin;
            synchronized (HAN_TO_LATIN) {
                latin = HAN_TO_LATIN.transliterate(ChineseText.toSimplified(String.valueOf(c)));
            }
            String ascii = Normalizer.normalize(latin.strip(), Normalizer.Form.NFD);
            if (!ascii.isEmpty() && ascii.charAt(0) < 128 && Character.isLetter(ascii.charAt(0))) {
                initial = Character.toLowerCase(ascii.charAt(0));
            }
        }
        INITIALS[c] = initial;
        return initial;
    }

    /** Whether {@code query} is something a resident typed on the letter pad: 1 to 40 Latin letters. */
    static boolean looksLikeInitials(String query) {
        return query.length() <= MAX_LETTERS && query.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinyinInitials p && p.letters.equals(letters) && Arrays.equals(p.sourceIndex, sourceIndex);
    }

    @Override
    public int hashCode() {
        return letters.hashCode() * 31 + Arrays.hashCode(sourceIndex);
    }

    @Override
    public String toString() {
        return "PinyinInitials[" + letters + "]";
    }
}
