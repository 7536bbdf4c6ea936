package cn.zwgk.kiosk.sync;

import cn.zwgk.core.ZwgkException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encryption at rest for outbox records that carry personal data (information requests): AES-256-GCM
 * with a random 96-bit nonce per record and the record's id as additional authenticated data, so a
 * sealed payload cannot be moved to another row unnoticed. Sealed text is {@code aesgcm1:<base64 of
 * nonce ‖ ciphertext ‖ tag>}.
 *
 * <p>The key is 32 random bytes in {@code <data>/keys/outbox-aes256.key}, created on first use with
 * owner-only permissions (the kiosk's protected config). Losing the file makes unsent requests
 * unreadable, so it is never silently replaced: a damaged key file stops the kiosk with a clear message.
 */
public final class OutboxCipher {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxCipher.class);
    static final String PREFIX = "aesgcm1:";
    static final String KEY_FILE = "outbox-aes256.key";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    OutboxCipher(byte[] keyBytes) {
        if (keyBytes.length != KEY_BYTES) {
            throw new OutboxKeyException("the outbox key must be " + KEY_BYTES + " bytes, was " + keyBytes.length);
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    /** The kiosk's outbox key under {@code dataDir/keys}, created there on first use. */
    public static OutboxCipher forDataDir(Path dataDir) {
        return fromKeyFile(dataDir.resolve("keys").resolve(KEY_FILE));
    }

    /** Reads the key file, or creates it (owner-only) when it does not exist yet. */
    public static OutboxCipher fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            tightenIfLoose(file);
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != KEY_BYTES) {
                throw new OutboxKeyException("outbox key file " + file + " is damaged (" + bytes.length
                        + " bytes, expected " + KEY_BYTES + "); restore it from the kiosk's backup — requests not yet"
                        + " uploaded cannot be read without it");
            }
            return new OutboxCipher(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the outbox key " + file, e);
        }
    }

    public static boolean isSealed(String payload) {
        return payload != null && payload.startsWith(PREFIX);
    }

    /** Encrypts {@code plaintext} bound to {@code recordId}; every call uses a fresh random nonce. */
    public String seal(String plaintext, String recordId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(recordId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** Decrypts what {@link #seal} made for the same {@code recordId}; anything else is refused. */
    public String open(String sealedText, String recordId) {
        if (!isSealed(sealedText)) {
            throw new OutboxKeyException("record " + recordId + " is not sealed");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(sealedText.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new OutboxKeyException("record " + recordId + " is damaged (not Base64)");
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new OutboxKeyException("record " + recordId + " is damaged (too short)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(recordId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new OutboxKeyException("record " + recordId
                    + " cannot be decrypted: another kiosk key, another record's data, or damaged bytes");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = Files.getFileStore(Files.createDirectories(dir)).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
        }
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        Path tmp = posix ? Files.createTempFile(dir, "outbox-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, "outbox-key", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file); // a rename in the same folder; refuses to replace a key that appeared meanwhile
            LOG.info("created the outbox key {} (owner-only)", file);
        } catch (FileAlreadyExistsException raced) {
            LOG.info("outbox key {} was created meanwhile; using it", file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void tightenIfLoose(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(now)) {
            LOG.warn("outbox key {} was readable by others ({}); set to owner-only", file,
                    PosixFilePermissions.toString(now));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** The outbox key is missing, damaged or does not fit a sealed record. */
    public static final class OutboxKeyException extends ZwgkException {
        public OutboxKeyException(String message) {
            super(message);
        }
    }
}
