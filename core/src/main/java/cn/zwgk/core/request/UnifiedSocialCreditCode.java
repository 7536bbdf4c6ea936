package cn.zwgk.core.request;

import java.util.Optional;

/** The 18-character unified social credit code of GB 32100-2015 (organisations), with its MOD 31 check. */
public final class UnifiedSocialCreditCode {
    /** The code's alphabet: digits and capitals without I, O, Z, S, V. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    public static Optional<String> problem(String code) {
        if (code == null || !code.matches("[" + ALPHABET + "]{18}")) {
            return Optional.of("统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）");
        }
        if (checkCharacter(code) != code.charAt(17)) {
            return Optional.of("统一社会信用代码校验位不符，请核对");
        }
        return Optional.empty();
    }
}
