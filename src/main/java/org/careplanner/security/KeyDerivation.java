package org.careplanner.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turning a passphrase into a key: PBKDF2-HMAC-SHA256 with a random salt and 600,000 iterations (the OWASP
 * password storage figure for this function), giving 256 bits. Only the JDK's own javax.crypto is used.
 * See docs/decisions/0009-derive-the-store-key-outside-h2.md.
 */
public final class KeyDerivation {

    /** The iteration count every new store and encrypted export uses. */
    public static final int ITERATIONS = 600_000;

    /** Refused above this when read from a file: a damaged or hostile file must not make us spin for hours. */
    public static final int MAX_ITERATIONS = 10_000_000;

    public static final int KEY_BYTES = 32;
    public static final int SALT_BYTES = 16;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyDerivation() {
    }

    /** The 256-bit key for this passphrase, salt and iteration count. The passphrase is not kept. */
    public static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no " + ALGORITHM + ", which every Java 17 has", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Fresh random bytes from the system's secure random source, for a salt or a nonce. */
    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** HMAC-SHA256 of a label under a key: a sub-key or a check value that cannot be turned back into the key. */
    public static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no HmacSHA256, which every Java 17 has", e);
        }
    }

    /** Overwrites a key or passphrase held in an array once it is no longer needed. */
    public static void wipe(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }

    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
