package org.careplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.careplanner.security.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's streamed decryption of a transfer file (ADR 0033: AES-CTR as it reads, the GCM tag recomputed by
 * encrypting again) against the JDK's own one-shot AES/GCM/NoPadding decryption of the same bytes: the same plain bytes
 * for every length around the block boundaries and for a few MB, read in odd-sized pieces; "unchanged" exactly when the
 * JDK accepts the tag; and the counter starting where GCM's does (a published GCM test vector, NIST's test case 16).
 */
class StreamedDecryptionTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String PASSPHRASE = "purple tractor lighthouse Friday";
    /** Where the header puts them (docs/plan-format.md, counted by hand): salt, nonce, and the header's length. */
    private static final int SALT_AT = 13 + 1 + 1 + 18 + 4 + 1;
    private static final int NONCE_AT = SALT_AT + 16 + 1;
    private static final int HEADER_BYTES = NONCE_AT + 12 + 1 + 32;

    @TempDir
    Path dir;

    private static TransferPassphrase passphrase() {
        return TransferPassphrase.weakForTestsOnly(PASSPHRASE.toCharArray(), 1_000);
    }

    /** The JDK's one-shot decryption of a whole transfer file, with the key derived as the format says; null if the tag fails. */
    private static byte[] jdkOpens(byte[] file) throws Exception {
        byte[] salt = Arrays.copyOfRange(file, SALT_AT, SALT_AT + 16);
        byte[] nonce = Arrays.copyOfRange(file, NONCE_AT, NONCE_AT + 12);
        byte[] key = KeyDerivation.hmac(KeyDerivation.derive(PASSPHRASE.toCharArray(), salt, 1_000),
                "CarePlanner transfer file encryption key, format 1");
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        gcm.updateAAD(file, 0, HEADER_BYTES);
        try {
            return gcm.doFinal(file, HEADER_BYTES, file.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            return null;
        }
    }

    /** What the stream gives, read in pieces of random sizes, and whether it says the file is unchanged. */
    private record Streamed(byte[] plain, boolean unchanged) {
    }

    private static Streamed stream(TransferFile.Contents contents, Random random) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (TransferFile.Decrypting in = contents.open()) {
            byte[] piece = new byte[70_000];
            int n;
            while ((n = in.read(piece, 0, 1 + random.nextInt(random.nextBoolean() ? 40 : piece.length))) >= 0) {
                plain.write(piece, 0, n);
            }
            return new Streamed(plain.toByteArray(), in.readToEndUnchanged());
        }
    }

    private Streamed unlockAndStream(byte[] file, Random random) throws IOException {
        Path path = dir.resolve("f.careplan");
        Files.write(path, file);
        TransferFile.Unlocked unlocked = new TransferFile().unlock(path, passphrase());
        assertThat(unlocked.problem()).isNull();
        try (TransferFile.Contents contents = unlocked.contents()) {
            return stream(contents, random);
        }
    }

    @Test
    void givesWhatTheJdksOwnGcmDecryptionGivesForEveryLengthAroundTheBlocksAndAFewMegabytes() throws Exception {
        Random random = new Random(20261202);
        List<Integer> lengths = new ArrayList<>();
        for (int n = 0; n <= 3 * 16 + 2; n++) {
            lengths.add(n);
        }
        for (int k = 0; k < 6; k++) {
            lengths.add(random.nextInt(200_000));
        }
        lengths.add(65_536);
        lengths.add(65_537);
        lengths.add(3 * 1024 * 1024 + 7);
        TransferFile transfer = new TransferFile();
        for (int length : lengths) {
            byte[] content = new byte[length];
            random.nextBytes(content);
            byte[] file = transfer.seal(content, passphrase());
            assertThat(file).hasSize(HEADER_BYTES + length + 16);

            byte[] jdk = jdkOpens(file);
            Streamed streamed = unlockAndStream(file, random);

            assertThat(jdk).as("JDK, %d bytes", length).isEqualTo(content);
            assertThat(streamed.unchanged()).as("stream, %d bytes", length).isTrue();
            assertThat(streamed.plain()).as("stream, %d bytes", length).isEqualTo(jdk);
        }
    }

    /** Any one byte after the header changed: the JDK refuses the tag, and so does the stream (which still decrypts it as CTR). */
    @Test
    void saysChangedExactlyWhenTheJdkRefusesTheTag() throws Exception {
        Random random = new Random(7);
        TransferFile transfer = new TransferFile();
        for (int length : new int[] {0, 1, 16, 17, 33, 48, 50, 1000}) {
            byte[] content = new byte[length];
            random.nextBytes(content);
            byte[] good = transfer.seal(content, passphrase());
            for (int at = HEADER_BYTES; at < good.length; at += 1 + random.nextInt(7)) {
                byte[] bad = good.clone();
                bad[at] ^= (byte) (1 << random.nextInt(8));
                assertThat(jdkOpens(bad)).as("JDK, byte %d of %d", at, bad.length).isNull();
                assertThat(unlockAndStream(bad, random).unchanged()).as("stream, byte %d of %d", at, bad.length).isFalse();
            }
            // Bytes appended after the tag: the JDK takes them for the tag and refuses; so does the stream.
            byte[] longer = Arrays.copyOf(good, good.length + 1);
            assertThat(jdkOpens(longer)).isNull();
            assertThat(unlockAndStream(longer, random).unchanged()).isFalse();
        }
    }

    /**
     * NIST GCM test case 16 (AES-256, 96-bit IV, 20 bytes of AAD, 60 bytes of plain text, so a partial last block), fed
     * to the stream as a file whose "header" is the AAD: the counter starts at inc32(J0) = IV || 00000002, as GCM's.
     */
    @Test
    void decryptsAPublishedGcmTestVector() throws Exception {
        byte[] key = HEX.parseHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        byte[] iv = HEX.parseHex("cafebabefacedbaddecaf888");
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        byte[] plain = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        byte[] cipherText = HEX.parseHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
        byte[] tag = HEX.parseHex("76fc6ece0f4e1768cddf8853bb2d551b");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(aad);
        file.write(cipherText);
        file.write(tag);
        Path path = dir.resolve("vector");
        Files.write(path, file.toByteArray());

        Streamed streamed = stream(new TransferFile.Contents(path, key.clone(), iv, aad, cipherText.length), new Random(1));

        assertThat(streamed.plain()).isEqualTo(plain);
        assertThat(streamed.unchanged()).isTrue();
        // The same file with its AAD ("header") changed on the way: the same plain text, but not unchanged.
        byte[] otherAad = aad.clone();
        otherAad[0] ^= 1;
        assertThat(stream(new TransferFile.Contents(path, key.clone(), iv, otherAad, cipherText.length), new Random(2))
                .unchanged()).isFalse();
    }

    /** A nonce of any length but 12 bytes (GCM would hash it into another J0) is refused before any key is derived. */
    @Test
    void aNonceOfAnyOtherLengthIsRefusedAsDamaged() throws Exception {
        byte[] good = new TransferFile().seal(new byte[40], passphrase());
        for (int length : new int[] {0, 8, 11, 13, 16, 255}) {
            ByteArrayOutputStream bad = new ByteArrayOutputStream();
            bad.write(good, 0, NONCE_AT - 1);
            bad.write(length);
            byte[] nonce = new byte[length];
            System.arraycopy(good, NONCE_AT, nonce, 0, Math.min(length, 12));
            bad.write(nonce);
            bad.write(good, NONCE_AT + 12, good.length - NONCE_AT - 12);
            Path path = dir.resolve("nonce" + length);
            Files.write(path, bad.toByteArray());

            TransferFile.Unlocked unlocked = new TransferFile().unlock(path, passphrase());

            assertThat(unlocked.isUnlocked()).as("nonce of %d bytes", length).isFalse();
            assertThat(unlocked.problem().code()).as("nonce of %d bytes", length).isEqualTo(TransferFile.DAMAGED);
            assertThat(new TransferFile().open(bad.toByteArray(), passphrase()).problem().code())
                    .isEqualTo(TransferFile.DAMAGED);
        }
    }
}
