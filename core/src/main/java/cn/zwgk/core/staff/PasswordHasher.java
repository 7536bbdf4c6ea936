package cn.zwgk.core.staff;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Staff password hashes: Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane), salted, in
 * the standard PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$...}) so that the parameters travel with
 * the hash and can be raised later without breaking old ones.
 */
public final class PasswordHasher {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID, 19);
    public static final int MIN_LENGTH = 8;

    private PasswordHasher() {
    }

    public static String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("密码至少 " + MIN_LENGTH + " 位");
        }
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public static boolean verify(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
