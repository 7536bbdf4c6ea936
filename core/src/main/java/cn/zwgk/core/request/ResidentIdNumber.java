package cn.zwgk.core.request;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The 18-character resident identity number of GB 11643-1999: region, birth date, serial, ISO 7064 MOD 11-2 check. */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static boolean isValid(String number) {
        return problem(number).isEmpty();
    }

    /** What is wrong, in Chinese; empty when the number is well formed, dated and checked. */
    public static Optional<String> problem(String number) {
        if (number == null || !number.matches("\\d{17}[0-9Xx]")) {
            return Optional.of("居民身份证号码应为 18 位，前 17 位是数字，最后一位是数字或 X");
        }
        String n = number.toUpperCase(java.util.Locale.ROOT);
        Optional<LocalDate> born = birthDate(n);
        if (born.isEmpty() || born.get().getYear() < 1900 || born.get().isAfter(LocalDate.now())) {
            return Optional.of("居民身份证号码中的出生日期（第 7 到 14 位）不正确");
        }
        if (checkCharacter(n) != n.charAt(17)) {
            return Optional.of("居民身份证号码校验位不符，请核对每一位数字");
        }
        return Optional.empty();
    }

    /** The birth date in positions 7–14, when it is a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
