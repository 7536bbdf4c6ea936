package cn.zwgk.core.request;

/**
 * Masks personal data for screens and lists (DOMAIN.md §4): {@code 张*三}, {@code 11**************1X},
 * {@code 138****1234}. Null in, empty string out.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /** First and last character kept ({@code 张*三}, {@code 欧阳**锋}); two characters keep the first ({@code 张*}). */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder s = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return s.append('*').toString();
        }
        s.append("*".repeat(cps.length - 2));
        return s.appendCodePoint(cps[cps.length - 1]).toString();
    }

    /** First two and last two characters kept: {@code 11**************1X}; four or fewer all masked. */
    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String s = id.strip();
        if (s.length() <= 4) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 2) + "*".repeat(s.length() - 4) + s.substring(s.length() - 2);
    }

    /** First three and last four digits kept: {@code 138****1234}, {@code 010****5678}. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String n = PhoneNumber.normalize(phone);
        int ext = n.indexOf('-');
        String digits = ext < 0 ? n : n.substring(0, ext);
        if (digits.length() <= 7) {
            return "*".repeat(Math.max(0, digits.length() - 4)) + digits.substring(Math.max(0, digits.length() - 4));
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    /** First character of the local part and the domain: {@code z***@example.com}. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** The first six characters (about the district and street), the rest masked: addresses only to the street. */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        int[] cps = address.strip().codePoints().toArray();
        int keep = Math.min(6, cps.length / 2);
        return new String(cps, 0, keep) + "****";
    }
}
