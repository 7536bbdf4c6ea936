package cn.zwgk.core.privacy;

import cn.zwgk.core.request.PhoneNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The de-identification rules (个人信息去标识化) of DOMAIN.md §4, one set for everything that shows personal
 * data: notices on boards, screens and paper, the request desk, kiosk receipts and exports.
 * <ul>
 * <li>name: the surname stays, the rest is starred — 张*明, 张*, 欧**明; a one-character name is all starred;</li>
 * <li>ID number: first 2 and last 3 characters — {@code 35*************123} (18 characters stay 18);</li>
 * <li>phone: first 3 and last 4 digits — {@code 138****1234}, {@code 010****5678};</li>
 * <li>address: only to the township or street (乡、镇、街道), else to the county or district — never a road
 * number, building or room;</li>
 * <li>bank card: first 4 and last 4 digits — {@code 6222***********1234};</li>
 * <li>e-mail: the first character and the domain — {@code z***@example.com}.</li>
 * </ul>
 * {@link #inText} finds ID, mobile and bank card numbers inside free text. Null in, empty string out.
 */
public final class Deidentification {
    private static final String NO_WORD = "(?<![0-9A-Za-z])";
    private static final String NO_WORD_AFTER = "(?![0-9A-Za-z])";
    private static final Pattern ID_NUMBER = Pattern.compile(NO_WORD + "(\\d{17}[0-9Xx]|\\d{15})" + NO_WORD_AFTER);
    private static final Pattern BANK_CARD = Pattern.compile(
            NO_WORD + "(\\d{16,19}|\\d{4}(?: \\d{4}){3}(?: \\d{1,3})?)" + NO_WORD_AFTER);
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?!\\d)");
    /** A township-level unit after a county-level one (so 镇江市 is not taken for a 镇), or on its own. */
    private static final Pattern TOWNSHIP = Pattern.compile("^(?:.*?(?:市|区|县|旗).*?|.*?)(?:街道|镇|乡|苏木)");
    private static final Pattern COUNTY = Pattern.compile("^[^0-9０-９]*(?:市|区|县|旗)");
    private static final String HIDDEN = "****";

    private Deidentification() {
    }

    /** 张三明 → 张*明, 张三 → 张*, 欧阳小明 → 欧**明, 张 → *; an already masked name stays as it is. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder s = new StringBuilder().appendCodePoint(cps[0]);
        s.append("*".repeat(cps.length == 2 ? 1 : cps.length - 2));
        return cps.length == 2 ? s.toString() : s.appendCodePoint(cps[cps.length - 1]).toString();
    }

    /** First two and last three characters kept; five or fewer all starred. */
    public static String idNumber(String id) {
        return keepEnds(id == null ? "" : id.strip(), 2, 3);
    }

    /** First three and last four digits kept: {@code 138****1234}, {@code 010****5678}; an extension is dropped. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String n = PhoneNumber.normalize(phone);
        int ext = n.indexOf('-');
        String digits = ext < 0 ? n : n.substring(0, ext);
        if (digits.length() <= 7) {
            return keepEnds(digits, 0, Math.min(4, digits.length() - 1));
        }
        return keepEnds(digits, 3, 4);
    }

    /** First four and last four digits kept, spaces dropped: {@code 6222***********1234}. */
    public static String bankCard(String card) {
        return keepEnds(card == null ? "" : card.replaceAll("\\s", ""), 4, 4);
    }

    /** First character of the local part and the domain: {@code z***@example.com}. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        String e = email.strip();
        int at = e.indexOf('@');
        return at <= 0 ? "***" : e.charAt(0) + "***" + e.substring(at);
    }

    /** Only to the township or street: 北京市东城区东华门街道1号楼2单元 → 北京市东城区东华门街道****. */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String a = address.strip();
        Matcher m = TOWNSHIP.matcher(a);
        if (!m.find()) {
            m = COUNTY.matcher(a);
            if (!m.find()) {
                return HIDDEN;
            }
        }
        return m.end() == a.length() ? a : a.substring(0, m.end()) + HIDDEN;
    }

    /** ID numbers, mobile numbers and bank card numbers found in {@code text} masked; all other text unchanged. */
    public static String inText(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String ids = replace(ID_NUMBER, text, Deidentification::idNumber);
        String cards = replace(BANK_CARD, ids, Deidentification::bankCard);
        return MOBILE.matcher(cards).replaceAll("$1****$3");
    }

    private static String replace(Pattern p, String text, java.util.function.UnaryOperator<String> mask) {
        return p.matcher(text).replaceAll(r -> Matcher.quoteReplacement(mask.apply(r.group())));
    }

    private static String keepEnds(String s, int head, int tail) {
        int[] cps = s.codePoints().toArray();
        if (cps.length <= head + tail) {
            return "*".repeat(cps.length);
        }
        return new String(cps, 0, head) + "*".repeat(cps.length - head - tail)
                + new String(cps, cps.length - tail, tail);
    }
}
