package org.careplanner.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turning a passphrase into a key: PBKDF2-HMAC-SHA256 (RFC 8018) with a random salt and 600,000 iterations (the
 * OWASP password storage figure for this function), giving 256 bits. Only the JDK is used: its SHA-256, driven
 * here so that HMAC's inner and outer key blocks are hashed once instead of in every iteration (half the work,
 * the same bytes as the JDK's {@code PBKDF2WithHmacSHA256}, which stays as the fallback). See
 * docs/decisions/0009-derive-the-store-key-outside-h2.md and 0026-pbkdf2-keeping-hmacs-key-states.md.
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

    /**
     * The 256-bit key for this passphrase, salt and iteration count: PBKDF2-HMAC-SHA256, byte for byte what the
     * JDK's {@code PBKDF2WithHmacSHA256} gives (the passphrase encoded as UTF-8 the way it encodes it; a null
     * passphrase is an empty one; a null salt is refused with NullPointerException and an empty one with
     * IllegalArgumentException, as {@code PBEKeySpec} refuses them). The caller's passphrase array is not changed.
     */
    public static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        Objects.requireNonNull(salt, "salt");
        if (salt.length == 0) {
            throw new IllegalArgumentException("the salt is empty");
        }
        byte[] password = utf8(passphrase == null ? new char[0] : passphrase);
        try {
            return pbkdf2HmacSha256(password, salt, iterations, KEY_BYTES);
        } catch (CloneNotSupportedException | NoSuchAlgorithmException | DigestException e) {
            // A Java whose SHA-256 cannot be copied mid-way: the JDK's own, at twice the cost.
            return deriveWithJdk(passphrase, salt, iterations);
        } finally {
            wipe(password);
        }
    }

    /** The same key by the JDK's {@code SecretKeyFactory}: the fallback, and what the tests compare with. */
    static byte[] deriveWithJdk(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no " + ALGORITHM + ", which every Java 17 has", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The passphrase as UTF-8, exactly as the JDK's PBKDF2 encodes it (a lone surrogate becomes '?'). */
    private static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        encoded.clear();
        while (encoded.hasRemaining()) {
            encoded.put((byte) 0);
        }
        return bytes;
    }

    /**
     * PBKDF2 (RFC 8018 section 5.2) with HMAC-SHA256 (RFC 2104) as its pseudo-random function. HMAC(K, m) is
     * SHA-256((K xor opad) || SHA-256((K xor ipad) || m)); each of the two key blocks is one 64-byte SHA-256 block,
     * so it is absorbed once into a digest here, and every HMAC after copies the two absorbed states: two
     * compressions an iteration (the 32-byte message and its padding fit in one block) instead of the four of a
     * {@code Mac}, which re-absorbs the key blocks each time.
     */
    static byte[] pbkdf2HmacSha256(byte[] password, byte[] salt, int iterations, int keyBytes)
            throws CloneNotSupportedException, NoSuchAlgorithmException, DigestException {
        final int blockBytes = 64;
        final int hashBytes = 32;
        MessageDigest inner = MessageDigest.getInstance("SHA-256");
        MessageDigest outer = MessageDigest.getInstance("SHA-256");
        // RFC 2104: a key longer than the block is replaced by its hash; a shorter one is padded with zeros.
        byte[] hmacKey = password.length > blockBytes ? inner.digest(password) : password;
        byte[] pad = new byte[blockBytes];
        byte[] u = new byte[hashBytes];
        byte[] t = new byte[hashBytes];
        byte[] key = new byte[keyBytes];
        try {
            for (int i = 0; i < blockBytes; i++) {
                pad[i] = (byte) ((i < hmacKey.length ? hmacKey[i] : 0) ^ 0x36);
            }
            inner.update(pad);
            for (int i = 0; i < blockBytes; i++) {
                pad[i] = (byte) ((i < hmacKey.length ? hmacKey[i] : 0) ^ 0x5c);
            }
            outer.update(pad);
            for (int block = 1, done = 0; done < keyBytes; block++, done += hashBytes) {
                // U1 = HMAC(P, S || INT(block)); T = U1 xor U2 xor ... xor Uc, with Uj = HMAC(P, Uj-1).
                MessageDigest in = (MessageDigest) inner.clone();
                in.update(salt);
                in.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8),
                    (byte) block});
                in.digest(u, 0, hashBytes);
                MessageDigest out = (MessageDigest) outer.clone();
                out.update(u);
                out.digest(u, 0, hashBytes);
                System.arraycopy(u, 0, t, 0, hashBytes);
                for (int j = 2; j <= iterations; j++) {
                    in = (MessageDigest) inner.clone();
                    in.update(u);
                    in.digest(u, 0, hashBytes);
                    out = (MessageDigest) outer.clone();
                    out.update(u);
                    out.digest(u, 0, hashBytes);
                    for (int k = 0; k < hashBytes; k++) {
                        t[k] ^= u[k];
                    }
                }
                System.arraycopy(t, 0, key, done, Math.min(hashBytes, keyBytes - done));
            }
            return key;
        } catch (CloneNotSupportedException | DigestException | RuntimeException e) {
            wipe(key);
            throw e;
        } finally {
            // The digests' states hold the absorbed key blocks until reset; the copies reset themselves on digest.
            inner.reset();
            outer.reset();
            wipe(pad);
            wipe(u);
            wipe(t);
            if (hmacKey != password) {
                wipe(hmacKey);
            }
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
