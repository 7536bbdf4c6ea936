package cn.zwgk.core.request;

import java.util.Optional;

/**
 * A mainland phone number: a mobile number {@code 1[3-9]} + 9 digits, or a landline with its area code
 * ({@code 010-12345678}, {@code 0755 1234567}, optionally with an extension {@code -123}). Spaces and dashes
 * typed between digits are allowed; {@link #normalize} removes them.
 */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    /** Digits only, an extension kept after a single dash. */
    public static String normalize(String phone) {
        if (phone == null) {
            return null;
        }
        String s = phone.strip().replace('－', '-').replaceAll("[\\s()（）]", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        }
        if (s.matches("0\\d{2,3}-?\\d{7,8}-\\d{1,6}")) {
            int last = s.lastIndexOf('-');
            return s.substring(0, last).replace("-", "") + s.substring(last);
        }
        return s.replace("-", "");
    }

    public static boolean isMobile(String phone) {
        String n = normalize(phone);
        return n != null && n.matches("1[3-9]\\d{9}");
    }

    public static Optional<String> problem(String phone) {
        String n = normalize(phone);
        if (n == null || n.isEmpty()) {
            return Optional.of("不能为空");
        }
        if (n.matches("1[3-9]\\d{9}") || n.matches("0\\d{9,11}(-\\d{1,6})?")) {
            return Optional.empty();
        }
        if (n.matches("1\\d*")) {
            return Optional.of("手机号码应为 11 位数字，以 13 至 19 开头");
        }
        return Optional.of("请填写 11 位手机号码，或带区号的固定电话（如 010-12345678）");
    }

    /** The last four digits before any extension: what a resident types to look up a request. */
    public static String lastFour(String phone) {
        String n = normalize(phone);
        int ext = n.indexOf('-');
        String digits = ext < 0 ? n : n.substring(0, ext);
        return digits.length() < 4 ? digits : digits.substring(digits.length() - 4);
    }
}
