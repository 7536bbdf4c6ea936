package cn.zwgk.core.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.time.LocalDate;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What any kiosk of the district may tell a resident about a request ({@code RecordType.REQUEST_STATUS}, synced
 * district-wide): no personal data. The resident proves it is theirs with the tracking code plus the last four
 * digits of their phone; only a slow salted hash of those digits travels ({@link #phoneCheck}), so a copied
 * kiosk database does not give them away for free.
 *
 * @param id           the request's UUID (the record id in the change log)
 * @param trackingCode the tracking code, compact form ({@link TrackingCode#compact()})
 * @param phoneCheck   {@link #phoneCheck(TrackingCode, String)} of the applicant's phone
 * @param state        where the request stands
 * @param receivedDate the legal receipt date
 * @param dueDate      the reply's due date; null while the clock is stopped or once concluded without one
 * @param dueProvisional the due date was counted over a year without an official calendar (暂定); false in
 *                     statuses written before this field existed
 * @param replyType    once replied
 * @param replyReason  once replied with a type that has reasons
 * @param howToCollect plain words: what happens next or how to obtain the reply
 * @param version      incremented on every change
 */
public record RequestStatus(String id, String trackingCode, String phoneCheck, RequestState state,
                            LocalDate receivedDate, LocalDate dueDate, boolean dueProvisional, ReplyType replyType,
                            ReplyReason replyReason, String howToCollect, long version) {

    static final int ITERATIONS = 20_000;
    private static final String SCHEME = "pbkdf2-sha256";

    /**
     * PBKDF2-HMAC-SHA256 of the phone's last four digits, salted with the tracking code:
     * {@code pbkdf2-sha256$20000$<base64>}. Accepts the whole phone number or just the four digits.
     */
    public static String phoneCheck(TrackingCode code, String phoneOrLastFour) {
        return phoneCheck(code, phoneOrLastFour, ITERATIONS);
    }

    static String phoneCheck(TrackingCode code, String phoneOrLastFour, int iterations) {
        String digits = PhoneNumber.lastFour(phoneOrLastFour);
        try {
            PBEKeySpec spec = new PBEKeySpec(digits.toCharArray(), code.compact().getBytes(StandardCharsets.US_ASCII),
                    iterations, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return SCHEME + "$" + iterations + "$" + Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code lastFour} are the last four digits of the applicant's phone. */
    public boolean phoneMatches(String lastFour) {
        if (lastFour == null || !lastFour.strip().matches("\\d{4}") || phoneCheck == null) {
            return false;
        }
        TrackingCode code = TrackingCode.parse(trackingCode).orElse(null);
        String[] parts = phoneCheck.split("\\$");
        if (code == null || parts.length != 3 || !SCHEME.equals(parts[0])) {
            return false;
        }
        String candidate = phoneCheck(code, lastFour.strip(), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
                phoneCheck.getBytes(StandardCharsets.US_ASCII));
    }

    /** Plain words for the applicant: what happens next, or how to obtain the reply. */
    public static String howToCollect(RequestState state, ReplyType replyType, DeliveryMethod delivery) {
        if (replyType != null && delivery != null) {
            return replyType.explanation() + delivery.howToCollect();
        }
        return state.explanation();
    }
}
