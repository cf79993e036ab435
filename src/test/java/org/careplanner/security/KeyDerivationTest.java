package org.careplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store key's PBKDF2-HMAC-SHA256 (ADR 0026) gives the bytes of published test vectors and of the JDK's own
 * {@code PBKDF2WithHmacSHA256}, which made every existing store's and transfer file's key: same bytes, so they
 * still open. Expected values come from the RFCs, the widely published SHA-256 vectors, Python's
 * {@code hashlib.pbkdf2_hmac} (an implementation independent of both) and the JDK; never from the code tested.
 */
class KeyDerivationTest {

    private static final HexFormat HEX = HexFormat.of();

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "P=\"password\" S=\"salt\" c={0}")
    @CsvSource({
        "1, 120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b",
        "2, ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43",
        "4096, c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a",
    })
    void givesThePublishedSha256VectorsAsTheJdkDoes(int iterations, String expected) {
        byte[] key = KeyDerivation.derive("password".toCharArray(), ascii("salt"), iterations);

        assertThat(HEX.formatHex(key)).isEqualTo(expected);
        assertThat(HEX.formatHex(KeyDerivation.deriveWithJdk("password".toCharArray(), ascii("salt"), iterations)))
                .as("the JDK agrees with the published value").isEqualTo(expected);
    }

    @Test
    void givesRfc7914Section11VectorsWithTheirSecondBlock() throws Exception {
        // RFC 7914 section 11: dkLen 64 needs two PBKDF2 blocks (INT(1) and INT(2)); the store key uses the first.
        assertThat(HEX.formatHex(KeyDerivation.pbkdf2HmacSha256(ascii("passwd"), ascii("salt"), 1, 64)))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        assertThat(HEX.formatHex(KeyDerivation.pbkdf2HmacSha256(ascii("Password"), ascii("NaCl"), 80_000, 64)))
                .isEqualTo("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                        + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
        assertThat(HEX.formatHex(KeyDerivation.derive("passwd".toCharArray(), ascii("salt"), 1)))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    }

    @Test
    void givesThePublishedVectorWhoseLastBlockIsCut() throws Exception {
        // dkLen 40: the whole first block and 8 bytes of the second.
        assertThat(HEX.formatHex(KeyDerivation.pbkdf2HmacSha256(ascii("passwordPASSWORDpassword"),
                ascii("saltSALTsaltSALTsaltSALTsaltSALTsalt"), 4096, 40)))
                .isEqualTo("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
    }

    @Test
    void givesPythonsValuesForNonAsciiLongAndEmptyPassphrases() {
        // hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), salt, c, 32).hex() in Python 3.11.
        assertThat(HEX.formatHex(KeyDerivation.derive("Zoë’s café \uD83E\uDED6 kettle".toCharArray(),
                ascii("CarePlanner salt"), 1000)))
                .isEqualTo("e9f69cbe912b02908f477bb81cf5c59d9ddccb6a8995200122889c793d0f54f5");
        // 100 bytes: longer than SHA-256's 64-byte block, so HMAC uses the key's hash.
        assertThat(HEX.formatHex(KeyDerivation.derive("a".repeat(100).toCharArray(), ascii("salt"), 2)))
                .isEqualTo("00e7d9ddc91232d3e4b69a26ae61fb5a1026faf02264f32f2dab0d64f1ceeb64");
        assertThat(HEX.formatHex(KeyDerivation.derive(new char[0], ascii("salt"), 1)))
                .isEqualTo("f135c27993baf98773c5cdb40a5706ce6a345cde61b000a67858650cd6a324d7");
        assertThat(KeyDerivation.derive(null, ascii("salt"), 1))
                .as("no passphrase is the empty one, as the JDK takes it")
                .isEqualTo(KeyDerivation.deriveWithJdk(null, ascii("salt"), 1));
    }

    @Test
    void givesTheStoreKeyOf600000IterationsThatPythonAndTheJdkGive() {
        char[] passphrase = "kettle orange bicycle Tuesday".toCharArray();
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) i;
        }
        String python = "618db4d8183c3899b10a31326b1cf7238de8b5ed378a64ba58905af4c2e8a1fe";

        assertThat(HEX.formatHex(KeyDerivation.derive(passphrase, salt, KeyDerivation.ITERATIONS))).isEqualTo(python);
        assertThat(HEX.formatHex(KeyDerivation.deriveWithJdk(passphrase, salt, KeyDerivation.ITERATIONS)))
                .isEqualTo(python);
        assertThat(passphrase).as("the caller's passphrase is left for the caller to wipe")
                .isEqualTo("kettle orange bicycle Tuesday".toCharArray());
    }

    @ParameterizedTest(name = "{0} iterations")
    @ValueSource(ints = {1, 2, 1000})
    void equalsTheJdkForRandomPassphrasesAndSalts(int iterations) {
        Random random = new Random(7_260_001L + iterations); // fixed seed: a failure can be run again
        String[] alphabet = {"a", "Z", "0", " ", "é", "ë", "’", "Ł", "ő", "ễ", "中", "\uD83E\uDED6", "\uD83D\uDE00",
            "\uD835\uDD38", "\u0000", "~"};
        for (int n = 0; n < 40; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n < 20 ? 20 : 80); // up to 79 characters, up to 316 UTF-8 bytes
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            byte[] salt = new byte[1 + random.nextInt(40)];
            random.nextBytes(salt);
            char[] passphrase = text.toString().toCharArray();

            assertThat(KeyDerivation.derive(passphrase, salt, iterations))
                    .as("passphrase %s, salt %s", HEX.formatHex(text.toString().getBytes(StandardCharsets.UTF_8)),
                            HEX.formatHex(salt))
                    .isEqualTo(KeyDerivation.deriveWithJdk(passphrase, salt, iterations));
        }
    }

    @Test
    void encodesALoneSurrogateAsTheJdkDoes() {
        // Not something a keyboard types, but a pasted half of an emoji must give the same key as before.
        for (String text : new String[] {"kettle \uD83E", "\uDED6 kettle", "\uDED6\uD83E"}) {
            assertThat(KeyDerivation.derive(text.toCharArray(), ascii("salt"), 3)).as(text)
                    .isEqualTo(KeyDerivation.deriveWithJdk(text.toCharArray(), ascii("salt"), 3));
        }
    }

    @Test
    void refusesWhatItRefusedBefore() {
        char[] passphrase = "kettle orange".toCharArray();
        assertThatThrownBy(() -> KeyDerivation.derive(passphrase, ascii("salt"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
        assertThatThrownBy(() -> KeyDerivation.derive(passphrase, ascii("salt"), KeyDerivation.MAX_ITERATIONS + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
        // The edge of the salt: the JDK's PBEKeySpec refuses an empty salt and a missing one, and so do we.
        assertThatThrownBy(() -> KeyDerivation.deriveWithJdk(passphrase, new byte[0], 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyDerivation.derive(passphrase, new byte[0], 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyDerivation.deriveWithJdk(passphrase, null, 1))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> KeyDerivation.derive(passphrase, null, 1))
                .isInstanceOf(NullPointerException.class);
        // A one-byte salt is the shortest there is, and both take it.
        assertThat(KeyDerivation.derive(passphrase, new byte[1], 2))
                .isEqualTo(KeyDerivation.deriveWithJdk(passphrase, new byte[1], 2));
    }
}
