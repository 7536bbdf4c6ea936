package cn.zwgk.kiosk.sync;

import java.net.URI;

/**
 * Who this kiosk is to the central server, fixed at enrolment.
 *
 * @param kioskId   the id the server knows it by
 * @param siteCode  the site it was enrolled for: its sync scope, and the community whose notices it shows
 * @param token     its bearer credential
 * @param server    the central server it enrolled with
 * @param publicKey the pinned central Ed25519 key (Base64 X.509): pages signed otherwise are refused
 * @param keyId     short id of that key
 */
public record KioskIdentity(String kioskId, String siteCode, String token, URI server, String publicKey,
        String keyId) {

    @Override
    public String toString() {
        return "KioskIdentity[" + kioskId + " @ " + siteCode + ", server " + server + ", key " + keyId + "]";
    }
}
