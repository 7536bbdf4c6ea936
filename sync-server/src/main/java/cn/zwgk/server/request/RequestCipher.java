package cn.zwgk.server.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts requests' personal data at rest: AES-256-GCM, a random 96-bit nonce per value, the request id as
 * associated data (a ciphertext moved to another row does not decrypt). The key is {@code <keyDir>/request-aes.key},
 * created owner-only on first use; server nodes sharing a database must share it, like the signing key.
 */
public final class RequestCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    RequestCipher(SecretKey key) {
        this.key = key;
    }

    public static RequestCipher loadOrCreate(Path keyDir) {
        Path file = keyDir.resolve("request-aes.key");
        try {
            if (Files.exists(file)) {
                return new RequestCipher(new SecretKeySpec(Files.readAllBytes(file), "AES"));
            }
            Files.createDirectories(keyDir);
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey key = generator.generateKey();
            Path tmp = Files.createTempFile(keyDir, "request", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions protect it
            }
            Files.write(tmp, key.getEncoded());
            Files.move(tmp, file);
            return new RequestCipher(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the request key in " + keyDir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 of nonce ‖ ciphertext ‖ tag. */
    public String encrypt(String requestId, String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(requestId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt request " + requestId, e);
        }
    }

    public String decrypt(String requestId, String encoded) {
        try {
            byte[] all = Base64.getDecoder().decode(encoded);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(requestId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt request " + requestId
                    + ": wrong key file or damaged data", e);
        }
    }
}
