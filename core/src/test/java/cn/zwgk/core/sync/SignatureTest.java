package cn.zwgk.core.sync;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class SignatureTest {
    final KeyPair central = SigningKeys.generate();
    final PageSigner signer = new PageSigner(central);
    final PageVerifier kiosk = new PageVerifier(SigningKeys.decodePublic(signer.publicKey()));
    final byte[] body = "{\"since\":0,\"changes\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBodySignedByThePinnedKeyVerifies() {
        kiosk.verify(body, signer.sign(body));
    }

    @Test
    void aFlippedByteFailsVerification() {
        String signature = signer.sign(body);
        byte[] tampered = body.clone();
        tampered[5] ^= 1;
        assertThatThrownBy(() -> kiosk.verify(tampered, signature))
                .isInstanceOf(SyncProtocolException.class).hasMessageContaining("forged or corrupted");
    }

    @Test
    void anotherKeysSignatureIsRefusedByKeyId() {
        String forged = new PageSigner(SigningKeys.generate()).sign(body);
        assertThatThrownBy(() -> kiosk.verify(body, forged)).hasMessageContaining("this kiosk trusts key");
    }

    @Test
    void aForgedSignatureUnderThePinnedKeyIdIsRefused() {
        String real = signer.sign(body);
        String forged = real.substring(0, real.lastIndexOf(':') + 1)
                + java.util.Base64.getEncoder().encodeToString(new byte[64]);
        assertThatThrownBy(() -> kiosk.verify(body, forged)).hasMessageContaining("forged or corrupted");
    }

    @Test
    void missingOrMalformedSignaturesAreRefused() {
        assertThatThrownBy(() -> kiosk.verify(body, null)).hasMessageContaining("not signed");
        assertThatThrownBy(() -> kiosk.verify(body, "rsa:x:y")).hasMessageContaining("malformed");
        assertThatThrownBy(() -> kiosk.verify(body, "ed25519:" + signer.keyId() + ":%%%"))
                .hasMessageContaining("forged or corrupted");
    }
}
