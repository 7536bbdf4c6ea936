package cn.zwgk.board.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * De-identification of what a notice shows (DOMAIN.md §4): names in recipient lists with the middle masked,
 * ID numbers and mobile numbers never in full. Applied when rendering, so a value typed in full is still
 * masked on every board, screen and print.
 */
public final class Masking {
    /** 18-digit resident ID (last may be X) or the old 15-digit one, not inside a longer number. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

    private Masking() {
    }

    /** 张三明 → 张*明, 张三 → 张*, 欧阳小明 → 欧**明; an already masked name stays as it is. */
    public static String name(String name) {
        String n = name == null ? "" : name.strip();
        int[] cps = n.codePoints().toArray();
        if (cps.length < 2) {
            return n;
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return sb.append('*').toString();
        }
        sb.append("*".repeat(cps.length - 2));
        return sb.appendCodePoint(cps[cps.length - 1]).toString();
    }

    /** ID numbers to 35**************123 style, mobiles to 138****1234; all other text unchanged. */
    public static String numbers(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher id = ID_NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (id.find()) {
            String whole = id.group();
            String masked = whole.substring(0, 2) + "*".repeat(whole.length() - 5) + whole.substring(whole.length() - 3);
            id.appendReplacement(sb, Matcher.quoteReplacement(masked));
        }
        id.appendTail(sb);
        return MOBILE.matcher(sb).replaceAll("$1****$3");
    }
}
