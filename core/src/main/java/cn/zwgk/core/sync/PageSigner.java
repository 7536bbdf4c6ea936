package cn.zwgk.core.sync;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs the exact bytes of a sync response body (before compression). The signature travels detached
 * in {@link SyncPaths#HEADER_SIGNATURE} as {@code ed25519:<keyId>:<base64 signature>}, so the body is
 * verified byte for byte before anything parses it, and a bundle can carry the same bytes and signature.
 */
public final class PageSigner {
    private final KeyPair keys;
    private final String keyId;

    public PageSigner(KeyPair keys) {
        this.keys = keys;
        this.keyId = SigningKeys.keyId(keys.getPublic());
    }

    public String sign(byte[] body) {
        try {
            Signature signature = Signature.getInstance(SigningKeys.ALGORITHM);
            signature.initSign(keys.getPrivate());
            signature.update(body);
            return "ed25519:" + keyId + ":" + Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    public String publicKey() {
        return SigningKeys.encodePublic(keys.getPublic());
    }

    public String keyId() {
        return keyId;
    }
}
