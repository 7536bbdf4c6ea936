package cn.zwgk.core.sync;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Checks a detached {@link PageSigner} signature against the pinned central public key. */
public final class PageVerifier {
    private final PublicKey key;
    private final String keyId;

    public PageVerifier(PublicKey key) {
        this.key = key;
        this.keyId = SigningKeys.keyId(key);
    }

    /** Throws {@link SyncProtocolException} unless {@code header} is a valid signature of {@code body}. */
    public void verify(byte[] body, String header) {
        if (header == null || header.isBlank()) {
            throw new SyncProtocolException("response is not signed (no " + SyncPaths.HEADER_SIGNATURE + ")");
        }
        String[] parts = header.strip().split(":", 3);
        if (parts.length != 3 || !"ed25519".equals(parts[0])) {
            throw new SyncProtocolException("malformed signature header");
        }
        if (!keyId.equals(parts[1])) {
            throw new SyncProtocolException("signed by key " + parts[1] + ", but this kiosk trusts key " + keyId);
        }
        boolean valid;
        try {
            Signature signature = Signature.getInstance(SigningKeys.ALGORITHM);
            signature.initVerify(key);
            signature.update(body);
            valid = signature.verify(Base64.getDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            valid = false;
        }
        if (!valid) {
            throw new SyncProtocolException("signature does not match the content (forged or corrupted)");
        }
    }
}
