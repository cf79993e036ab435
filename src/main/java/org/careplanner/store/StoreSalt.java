package org.careplanner.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Properties;
import org.careplanner.security.KeyDerivation;

/**
 * The small file beside the store, {@code careplanner.salt}, from which its key is derived: the random salt,
 * the iteration count and a check value. It holds no secret. The check value is HMAC-SHA256 of a fixed text
 * under a sub-key (itself an HMAC of the derived key), so it says whether a passphrase is right without
 * opening the database, and cannot be turned back into the key. A wrong passphrase therefore never opens or
 * touches the database file, and is told apart from a damaged one.
 */
record StoreSalt(int iterations, byte[] salt, byte[] check) {

    static final String FILE_NAME = StoreUrl.DATABASE_NAME + ".salt";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String CHECK_SUBKEY = "CarePlanner store key check sub-key";
    private static final String CHECK_TEXT = "CarePlanner store key check, format 1";

    static Path fileIn(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    /** A new salt for this passphrase: the store it belongs to is new, or is being re-encrypted. */
    static StoreSalt create(char[] passphrase, int iterations, KeyHolder derivedOut) {
        byte[] salt = KeyDerivation.randomBytes(KeyDerivation.SALT_BYTES);
        byte[] derived = KeyDerivation.derive(passphrase, salt, iterations);
        StoreSalt s = new StoreSalt(iterations, salt, checkValue(derived));
        derivedOut.key = StoreKey.of(derived);
        KeyDerivation.wipe(derived);
        return s;
    }

    /** The key, if this passphrase is the store's; else {@link WrongPassphraseException}. */
    StoreKey unlock(char[] passphrase) {
        byte[] derived = KeyDerivation.derive(passphrase, salt, iterations);
        try {
            if (!MessageDigest.isEqual(checkValue(derived), check)) {
                throw new WrongPassphraseException();
            }
            return StoreKey.of(derived);
        } finally {
            KeyDerivation.wipe(derived);
        }
    }

    private static byte[] checkValue(byte[] derived) {
        byte[] subKey = KeyDerivation.hmac(derived, CHECK_SUBKEY);
        try {
            return KeyDerivation.hmac(subKey, CHECK_TEXT);
        } finally {
            KeyDerivation.wipe(subKey);
        }
    }

    static boolean existsIn(Path folder) {
        return Files.isRegularFile(fileIn(folder));
    }

    static StoreSalt readFrom(Path folder) {
        Path file = fileIn(folder);
        try {
            return parse(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("The store's key file " + file + " cannot be read or is damaged, so the store "
                    + "cannot be opened. Restore the data folder from a backup (careplanner restore FILE); a backup "
                    + "holds its own copy of this file.", e);
        }
    }

    static StoreSalt parse(String text) throws IOException {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        }
        if (!"1".equals(p.getProperty("format")) || !ALGORITHM.equals(p.getProperty("algorithm"))) {
            throw new IllegalArgumentException("unknown key file format");
        }
        int iterations = Integer.parseInt(p.getProperty("iterations", ""));
        byte[] salt = Base64.getDecoder().decode(p.getProperty("salt", ""));
        byte[] check = Base64.getDecoder().decode(p.getProperty("check", ""));
        if (iterations < 1 || iterations > KeyDerivation.MAX_ITERATIONS || salt.length < KeyDerivation.SALT_BYTES
                || salt.length > 64 || check.length != 32) {
            throw new IllegalArgumentException("key file values out of range");
        }
        return new StoreSalt(iterations, salt, check);
    }

    String text() {
        return "# CarePlanner: how this store's key is derived from its passphrase. This file holds no secret, but\n"
                + "# without it the store cannot be opened: keep it beside " + StoreUrl.DATABASE_NAME + ".mv.db.\n"
                + "format=1\n"
                + "algorithm=" + ALGORITHM + "\n"
                + "iterations=" + iterations + "\n"
                + "salt=" + Base64.getEncoder().encodeToString(salt) + "\n"
                + "check=" + Base64.getEncoder().encodeToString(check) + "\n";
    }

    /** Written whole to a temporary name, synced, then moved into place: never half a file. */
    void writeTo(Path folder) throws IOException {
        Path target = fileIn(folder);
        Path temp = folder.resolve(FILE_NAME + ".new");
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            w.write(text());
        }
        try (var channel = java.nio.channels.FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Where {@link #create} leaves the key it derived. */
    static final class KeyHolder {
        StoreKey key;
    }
}
