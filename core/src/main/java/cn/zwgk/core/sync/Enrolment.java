package cn.zwgk.core.sync;

/**
 * The answer to a successful enrolment: the kiosk's own credential and what it must pin.
 *
 * @param kioskId   the id the kiosk is known by from now on
 * @param token     the bearer credential {@code <kioskId>.<secret>}; the server keeps only its hash
 * @param siteCode  the site the central office enrolled the kiosk for (its sync scope)
 * @param publicKey the central Ed25519 public key (Base64 X.509) every page must be signed with
 * @param keyId     short id of that key
 */
public record Enrolment(String kioskId, String token, String siteCode, String publicKey, String keyId) {

    /**
     * What the kiosk sends to enrol.
     *
     * @param code     the one-time code from the central office
     * @param kioskId  the id the kiosk would like (e.g. its host name); the server may choose another
     * @param siteCode the site the kiosk is configured for, or null; a code issued for another site is
     *                 refused without being used up (the kiosk would otherwise show another community)
     */
    public record Request(String code, String kioskId, String siteCode) {

        public Request(String code, String kioskId) {
            this(code, kioskId, null);
        }
    }
}
