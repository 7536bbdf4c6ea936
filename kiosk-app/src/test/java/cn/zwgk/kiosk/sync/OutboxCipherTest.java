package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxCipherTest {
    static final String ID = "6f1c2d3e-4b5a-4c6d-8e7f-001122334455";
    static final String REQUEST = "{\"name\":\"张三丰\",\"idNumber\":\"11010519491231002X\",\"phone\":\"13812345678\"}";

    @TempDir
    Path data;

    @Test
    void aSealedPayloadOpensWithTheSameKeyAndIdAndHidesThePlaintext() {
        OutboxCipher cipher = OutboxCipher.forDataDir(data);
        String sealed = cipher.seal(REQUEST, ID);

        assertThat(sealed).startsWith("aesgcm1:").doesNotContain("张三丰").doesNotContain("13812345678")
                .doesNotContain("11010519491231002X");
        assertThat(OutboxCipher.isSealed(sealed)).isTrue();
        assertThat(cipher.open(sealed, ID)).isEqualTo(REQUEST);
        assertThat(OutboxCipher.forDataDir(data).open(sealed, ID)).as("the key file is reused, not replaced")
                .isEqualTo(REQUEST);
    }

    @Test
    void everySealUsesAFreshNonce() {
        OutboxCipher cipher = OutboxCipher.forDataDir(data);
        byte[] first = Base64.getDecoder().decode(cipher.seal(REQUEST, ID).substring(8));
        byte[] second = Base64.getDecoder().decode(cipher.seal(REQUEST, ID).substring(8));
        assertThat(java.util.Arrays.copyOf(first, 12)).isNotEqualTo(java.util.Arrays.copyOf(second, 12));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aPayloadMovedToAnotherRecordOrTamperedWithOrUnderAnotherKeyIsRefused() throws Exception {
        OutboxCipher cipher = OutboxCipher.forDataDir(data);
        String sealed = cipher.seal(REQUEST, ID);
        assertThatThrownBy(() -> cipher.open(sealed, "another-id")).isInstanceOf(OutboxCipher.OutboxKeyException.class)
                .hasMessageContaining("cannot be decrypted");

        byte[] bytes = Base64.getDecoder().decode(sealed.substring(8));
        bytes[20] ^= 1;
        String flipped = "aesgcm1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.open(flipped, ID)).isInstanceOf(OutboxCipher.OutboxKeyException.class);

        OutboxCipher other = OutboxCipher.forDataDir(Files.createDirectory(data.resolve("other-kiosk")));
        assertThatThrownBy(() -> other.open(sealed, ID)).isInstanceOf(OutboxCipher.OutboxKeyException.class);
        assertThatThrownBy(() -> cipher.open("aesgcm1:%%%", ID)).hasMessageContaining("damaged");
    }

    @Test
    void theKeyFileIsCreatedOwnerOnlyAndLooseRightsAreTightened() throws Exception {
        OutboxCipher.forDataDir(data);
        Path key = data.resolve("keys").resolve(OutboxCipher.KEY_FILE);
        assertThat(key).exists();
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        OutboxCipher.forDataDir(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void aDamagedKeyFileStopsWithAClearMessageInsteadOfBeingReplaced() throws Exception {
        OutboxCipher.forDataDir(data);
        Path key = data.resolve("keys").resolve(OutboxCipher.KEY_FILE);
        Files.write(key, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> OutboxCipher.forDataDir(data)).isInstanceOf(OutboxCipher.OutboxKeyException.class)
                .hasMessageContaining("damaged").hasMessageContaining("backup");
        assertThat(Files.size(key)).isEqualTo(3);
    }
}
