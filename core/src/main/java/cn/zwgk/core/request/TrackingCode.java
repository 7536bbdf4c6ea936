package cn.zwgk.core.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code a resident gets on the receipt, e.g. {@code 3KQ-7M9-PX2A}: issued by the kiosk without
 * asking the server, unique across kiosks because it encodes the kiosk's number next to the kiosk's own
 * sequence.
 *
 * <p>Layout: 9 data characters in Crockford base32 (no I, L, O, U) — 5 for the kiosk number (25 bits) and 4
 * for the sequence (20 bits: a million requests per kiosk) — then 1 check character. The check is Damm's
 * algorithm over the quasigroup {@code x∘y = 2x + y} in GF(32) (polynomial x⁵+x²+1), which is totally
 * anti-symmetric: every single wrong character and every swap of two adjacent different characters is
 * detected. Printed as 3-3-4 groups; {@link #parse} accepts lower case, missing or extra dashes and spaces,
 * and reads O as 0 and I or L as 1.
 */
public record TrackingCode(long kioskNumber, long sequence) {
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final long MAX_KIOSK_NUMBER = (1L << 25) - 1;
    public static final long MAX_SEQUENCE = (1L << 20) - 1;
    private static final int KIOSK_CHARS = 5;
    private static final int SEQUENCE_CHARS = 4;
    private static final int DATA_CHARS = KIOSK_CHARS + SEQUENCE_CHARS;

    public TrackingCode {
        if (kioskNumber < 0 || kioskNumber > MAX_KIOSK_NUMBER) {
            throw new IllegalArgumentException("kiosk number out of range 0.." + MAX_KIOSK_NUMBER + ": " + kioskNumber);
        }
        if (sequence < 0 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range 0.." + MAX_SEQUENCE + ": " + sequence);
        }
    }

    /** The code of the {@code sequence}-th request of the kiosk numbered {@code kioskNumber}. */
    public static TrackingCode issue(long kioskNumber, long sequence) {
        return new TrackingCode(kioskNumber, sequence);
    }

    /**
     * A stable kiosk number derived from the kiosk id (25 bits of its SHA-256), for kiosks that were not given
     * a number at enrolment. Two ids can share a number (≈ n²/67 million for n kiosks: 1 in 6,700 for a
     * district of 100); the server keeps both requests apart by UUID and the phone check tells residents
     * apart, but a number assigned by the central office at enrolment is the way to real uniqueness.
     */
    public static long kioskNumberFor(String kioskId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(kioskId.getBytes(StandardCharsets.UTF_8));
            long v = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            return v & MAX_KIOSK_NUMBER;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ten characters without dashes, e.g. {@code 3KQ7M9PX2A}: the form stored and compared. */
    public String compact() {
        StringBuilder s = new StringBuilder(DATA_CHARS + 1);
        appendBase32(s, kioskNumber, KIOSK_CHARS);
        appendBase32(s, sequence, SEQUENCE_CHARS);
        s.append(checkCharacter(s));
        return s.toString();
    }

    /** Grouped for reading aloud and typing: {@code 3KQ-7M9-PX2A}. */
    @Override
    public String toString() {
        String c = compact();
        return c.substring(0, 3) + "-" + c.substring(3, 6) + "-" + c.substring(6);
    }

    /** Reads what a resident typed or a scanner read; empty when it is not a valid code (wrong length or check). */
    public static Optional<TrackingCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = normalize(typed);
        if (s.length() != DATA_CHARS + 1 || !isValidWithCheck(s)) {
            return Optional.empty();
        }
        long kiosk = 0;
        long seq = 0;
        for (int i = 0; i < KIOSK_CHARS; i++) {
            kiosk = kiosk * 32 + ALPHABET.indexOf(s.charAt(i));
        }
        for (int i = KIOSK_CHARS; i < DATA_CHARS; i++) {
            seq = seq * 32 + ALPHABET.indexOf(s.charAt(i));
        }
        return Optional.of(new TrackingCode(kiosk, seq));
    }

    /** Upper case, separators dropped, look-alike letters mapped to digits; other characters left to fail. */
    static String normalize(String typed) {
        StringBuilder s = new StringBuilder();
        for (char ch : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (ch) {
                case '-', ' ', '－', '—', '\u3000' -> { }
                case 'O' -> s.append('0');
                case 'I', 'L' -> s.append('1');
                default -> s.append(ch);
            }
        }
        return s.toString();
    }

    /** The Damm check character of {@code data} (Crockford base32 characters). */
    static char checkCharacter(CharSequence data) {
        int interim = damm(data);
        // the check c must bring the interim to 0: 2·interim + c = 0, and in GF(2⁵) + is XOR
        return ALPHABET.charAt(times2(interim));
    }

    static boolean isValidWithCheck(CharSequence withCheck) {
        for (int i = 0; i < withCheck.length(); i++) {
            if (ALPHABET.indexOf(withCheck.charAt(i)) < 0) {
                return false;
            }
        }
        return damm(withCheck) == 0;
    }

    private static int damm(CharSequence s) {
        int interim = 0;
        for (int i = 0; i < s.length(); i++) {
            interim = times2(interim) ^ ALPHABET.indexOf(s.charAt(i));
        }
        return interim;
    }

    /** Multiplication by x in GF(2⁵) modulo x⁵ + x² + 1. */
    private static int times2(int v) {
        int r = v << 1;
        return (r & 0x20) != 0 ? (r ^ 0x25) : r;
    }

    private static void appendBase32(StringBuilder s, long value, int chars) {
        for (int i = chars - 1; i >= 0; i--) {
            s.append(ALPHABET.charAt((int) ((value >> (5 * i)) & 31)));
        }
    }
}
