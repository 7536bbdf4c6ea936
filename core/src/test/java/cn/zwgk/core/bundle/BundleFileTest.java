package cn.zwgk.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.PageSigner;
import cn.zwgk.core.sync.PageVerifier;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SigningKeys;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncProtocolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle file round trip and the checks a receiver relies on, without a server or a kiosk. */
class BundleFileTest {
    static final String SITE = "110199001001";

    @TempDir
    Path dir;
    KeyPair central = SigningKeys.generate();
    PageSigner signer = new PageSigner(central);
    Path bundle;

    static Change domain(long seq, String code) {
        return Change.upsert(seq, RecordType.DOMAIN, code, SyncJson.tree(new Domain(code, "领域" + code, 1)));
    }

    BundleWriter.SignedPage page(ChangePage p) throws Exception {
        byte[] body = SyncJson.writeBytes(p);
        Path file = Files.write(dir.resolve(p.since() + ".json"), body);
        return new BundleWriter.SignedPage(file, signer.sign(body), p.since(), p.until(), p.changes().size());
    }

    @BeforeEach
    void twoPages() throws Exception {
        ChangePage first = new ChangePage(1, 10, 12, 15, true, List.of(domain(11, "a"), domain(12, "b")), null, SITE,
                Instant.now());
        ChangePage second = new ChangePage(1, 12, 15, 15, false, List.of(domain(14, "c")), null, SITE, Instant.now());
        Path attachment = Files.writeString(dir.resolve("att"), "附件内容");
        bundle = dir.resolve("b.zwgkbundle");
        BundleWriter.write(bundle, SITE, false, Instant.now(), signer, List.of(page(first), page(second)),
                List.of(attachment));
    }

    @Test
    void whatWasWrittenReadsBackVerifiedPageByPage() {
        try (BundleReader reader = BundleReader.open(bundle, new PageVerifier(central.getPublic()))) {
            reader.verifyAll();
            BundleManifest m = reader.manifest();
            assertThat(m.scope()).isEqualTo(SITE);
            assertThat(m.since()).isEqualTo(10);
            assertThat(m.until()).isEqualTo(15);
            assertThat(m.changeCount()).isEqualTo(3);
            assertThat(m.attachments()).singleElement().extracting(BundleManifest.AttachmentEntry::size)
                    .isEqualTo((long) "附件内容".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            assertThat(reader.page(1).changes()).extracting(Change::id).containsExactly("c");
            assertThat(reader.page(0).after(11).changes()).extracting(Change::id).containsExactly("b");
        }
    }

    @Test
    void anotherKeyIsRefusedAtTheManifest() {
        PageVerifier other = new PageVerifier(SigningKeys.generate().getPublic());
        assertThatThrownBy(() -> BundleReader.open(bundle, other)).isInstanceOf(BundleException.class)
                .hasMessageContaining("签名校验")
                .satisfies(e -> assertThat(((BundleException) e).reason()).isEqualTo(BundleException.Reason.SIGNATURE));
    }

    @Test
    void aTruncatedFileIsRefusedAsDamaged() throws Exception {
        byte[] bytes = Files.readAllBytes(bundle);
        Path cut = Files.write(dir.resolve("cut.zwgkbundle"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> BundleReader.open(cut, new PageVerifier(central.getPublic())))
                .isInstanceOf(BundleException.class).hasMessageContaining("已损坏或不完整");
    }

    @Test
    void aSnapshotPageIsCheckedFromZeroAndIsNotAContinuation() {
        ChangePage reset = new ChangePage(1, 0, 12, 15, true, List.of(domain(3, "a")), null, SITE, Instant.now(), true);
        reset.requireResetContinues();
        assertThatThrownBy(() -> reset.requireContinues(0)).isInstanceOf(SyncProtocolException.class)
                .hasMessageContaining("snapshot");
        ChangePage normal = new ChangePage(1, 0, 12, 15, true, List.of(domain(3, "a")), null, SITE, Instant.now());
        assertThatThrownBy(normal::requireResetContinues).isInstanceOf(SyncProtocolException.class);
    }
}
