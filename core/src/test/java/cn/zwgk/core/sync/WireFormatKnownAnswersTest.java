package cn.zwgk.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.bundle.BundleManifest;
import cn.zwgk.core.request.RequestState;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.request.TrackingCode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Known answers of the wire formats: what a kiosk in the field already holds or sends must keep meaning the same to
 * a newer server, and the reverse. A change here breaks deployed kiosks — change the pins only with a new protocol
 * version and the version gate.
 */
class WireFormatKnownAnswersTest {
    /** An Ed25519 key pair from a fixed seed (Ed25519 signatures are deterministic: same key, same bytes, same signature). */
    static KeyPair fixedKeys() throws Exception {
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 7);
            }
        };
        KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
        g.initialize(NamedParameterSpec.ED25519, fixed);
        return g.generateKeyPair();
    }

    static final byte[] BODY = "{\"protocolVersion\":1,\"since\":0,\"until\":0,\"hasMore\":false,\"changes\":[]}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureOfAFixedBodyUnderAFixedKeyIsPinnedAndVerifies() throws Exception {
        KeyPair keys = fixedKeys();
        PageSigner signer = new PageSigner(keys);
        assertThat(signer.publicKey()).isEqualTo("MCowBQYDK2VwAyEA6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw=");
        String header = signer.sign(BODY);
        assertThat(header).isEqualTo("ed25519:324be2dea8bc4446:+S683n6GNqShO2lVj7smxXiW2u69KIb/8AgroBOwAs0Xr3dGtBtpaFNzj1bLehVZFEi9IrB1IkJ2jEFrDvPnCg==");
        new PageVerifier(SigningKeys.decodePublic(signer.publicKey())).verify(BODY, header);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 2] = ' ';
        assertThatThrownBy(() -> new PageVerifier(SigningKeys.decodePublic(signer.publicKey())).verify(tampered, header))
                .isInstanceOf(SyncProtocolException.class);
    }

    @Test
    void trackingCodesPrintedOnReceiptsStillParseToTheSameRequest() {
        TrackingCode code = TrackingCode.issue(4711, 1);
        assertThat(code.toString()).isEqualTo("004-K70-001C");
        assertThat(code.compact()).isEqualTo("004K70001C");
        assertThat(TrackingCode.parse("004-K70-001C".toLowerCase().replace("-", " "))).contains(code);
    }

    @Test
    void aPageAStatusAndABundleManifestAsVersion1WroteThemAreReadTheSame() {
        ChangePage page = SyncJson.read("""
                {"protocolVersion":1,"since":10,"until":11,"latestSeq":11,"hasMore":false,"changes":[
                {"seq":11,"type":"REQUEST_STATUS","id":"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f","op":"UPSERT","payload":
                {"id":"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f","trackingCode":"004K70001C","phoneCheck":"pbkdf2-sha256$20000$x",
                "state":"REGISTERED","receivedDate":"2026-03-02","dueDate":"2026-03-30","replyType":null,"replyReason":null,
                "howToCollect":"您的申请已登记，正在办理。","version":2}}],
                "signature":null,"scope":"110199001001","serverTime":"2026-03-02T02:00:00Z","reset":false}""", ChangePage.class);
        assertThat(page.until()).isEqualTo(11);
        RequestStatus status = SyncJson.convert(page.changes().getFirst().payload(), RequestStatus.class);
        assertThat(status.state()).isEqualTo(RequestState.REGISTERED);
        assertThat(status.dueDate()).isEqualTo("2026-03-30");
        assertThat(status.dueProvisional()).as("written before the field existed").isFalse();

        BundleManifest manifest = SyncJson.read("""
                {"formatVersion":1,"scope":"110199001001","since":0,"until":2,"reset":true,
                "createdAt":"2026-03-02T02:00:00Z","keyId":"0123456789abcdef",
                "pages":[{"name":"p0001","since":0,"until":2,"changes":2,"size":120,"sha256":"ab"}],"attachments":[]}""",
                BundleManifest.class);
        assertThat(manifest.formatVersion()).isEqualTo(BundleManifest.FORMAT_VERSION);
        assertThat(manifest.changeCount()).isEqualTo(2);
    }
}
