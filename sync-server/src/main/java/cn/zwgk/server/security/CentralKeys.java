package cn.zwgk.server.security;

import cn.zwgk.core.sync.SigningKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central signing key pair on disk: {@code <dir>/central-ed25519.key} (PKCS#8, owner-only) and
 * {@code .pub} (Base64 X.509). Created on first start. Several server nodes must share the same files.
 */
public final class CentralKeys {
    private static final Logger LOG = LoggerFactory.getLogger(CentralKeys.class);

    private CentralKeys() {
    }

    public static KeyPair loadOrCreate(Path dir) {
        Path privateFile = dir.resolve("central-ed25519.key");
        Path publicFile = dir.resolve("central-ed25519.pub");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new KeyPair(SigningKeys.decodePublic(Files.readString(publicFile, StandardCharsets.US_ASCII)),
                        SigningKeys.decodePrivate(Files.readAllBytes(privateFile)));
            }
            Files.createDirectories(dir);
            KeyPair keys = SigningKeys.generate();
            Path tmp = Files.createTempFile(dir, "key", ".tmp");
            restrict(tmp);
            Files.write(tmp, keys.getPrivate().getEncoded());
            Files.move(tmp, privateFile);
            Files.writeString(publicFile, SigningKeys.encodePublic(keys.getPublic()), StandardCharsets.US_ASCII);
            LOG.info("created the central signing key {} in {}", SigningKeys.keyId(keys.getPublic()), dir);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing key in " + dir, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("cannot restrict permissions of {} on this file system", file);
        }
    }
}
