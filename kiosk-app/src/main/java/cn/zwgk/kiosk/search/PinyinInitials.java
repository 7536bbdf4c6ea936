package cn.zwgk.kiosk.search;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The pinyin initials of a name (社会保险 → shbx; 社會保險 → shbx), for the on-screen letter pad, with
 * the index of the character each letter came from (to highlight what matched). Latin letters and
 * digits in the name count as themselves; other characters are skipped. Runs of Han characters are
 * transliterated whole, so ICU can use the neighbours for some readings (重庆 → chong qing).
 */
record PinyinInitials(String letters, int[] sourceIndex) {
    /** Names are at most 200 characters; initials beyond this many add nothing to a search. */
    static final int MAX_LETTERS = 40;

    private static final Transliterator HAN_TO_LATIN =
            Transliterator.getInstance("Traditional-Simplified; Han-Latin; Latin-ASCII");

    static PinyinInitials of(String text) {
        StringBuilder letters = new StringBuilder();
        int[] source = new int[MAX_LETTERS];
        if (text == null) {
            return new PinyinInitials("", new int[0]);
        }
        int i = 0;
        while (i < text.length() && letters.length() < MAX_LETTERS) {
            int end = i;
            while (end < text.length() && isHan(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                String[] syllables = syllables(text.substring(i, end));
                for (int k = 0; k < syllables.length && letters.length() < MAX_LETTERS; k++) {
                    if (!syllables[k].isEmpty()) {
                        source[letters.length()] = i + k;
                        letters.append(Character.toLowerCase(syllables[k].charAt(0)));
                    }
                }
                i = end;
                continue;
            }
            char c = text.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                source[letters.length()] = i;
                letters.append(Character.toLowerCase(c));
            }
            i++;
        }
        return new PinyinInitials(letters.toString(), Arrays.copyOf(source, letters.length()));
    }

    /** One syllable per Han character of {@code run}; per character when ICU's output does not line up. */
    private static String[] syllables(String run) {
        String[] whole = transliterate(run).trim().split("\\s+");
        if (whole.length == run.length()) {
            return whole;
        }
        String[] each = new String[run.length()];
        for (int k = 0; k < run.length(); k++) {
            each[k] = transliterate(String.valueOf(run.charAt(k))).trim();
        }
        return each;
    }

    private static String transliterate(String text) {
        synchronized (HAN_TO_LATIN) {
            return HAN_TO_LATIN.transliterate(text).toLowerCase(Locale.ROOT);
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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
