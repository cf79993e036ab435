package org.careplanner.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.careplanner.domain.Problem;
import org.careplanner.security.KeyDerivation;

/**
 * The encrypted transfer file ({@code .careplan}) for moving plans between laptops: a small header in the clear,
 * then the plan file or bundle's own JSON bytes (exactly what {@link PlanFile} writes and reads) encrypted with
 * AES-256-GCM. See docs/decisions/0017-encrypt-the-transfer-file-with-aes-gcm.md and docs/plan-format.md.
 *
 * <pre>
 * magic        13 bytes  0x89 "CAREPLAN" CR LF 0x1A LF   (tells the file apart from JSON, and shows a text-mode copy)
 * version       1 byte   1
 * kdf           1 byte length, then ASCII "PBKDF2-HMAC-SHA256"
 * iterations    4 bytes  big-endian (600,000)
 * salt          1 byte length, then 16 random bytes
 * nonce         1 byte length, then 12 random bytes
 * check         1 byte length, then 32 bytes: HMAC-SHA256(derived key, CHECK_LABEL)
 * ciphertext    the rest: AES-256-GCM of the JSON under HMAC-SHA256(derived key, KEY_LABEL), 128-bit tag at the end,
 *               with every header byte above as additional authenticated data
 * </pre>
 *
 * <p>The check value says whether a passphrase is the file's before anything is decrypted, so a wrong passphrase
 * ("does not open this file") is told apart from a file changed after it was made (right passphrase, GCM tag
 * fails). A change to the salt, iteration count or check value itself looks like a wrong passphrase, which the
 * message allows for. Everything is done in memory: the plain JSON is never written anywhere.
 */
public final class TransferFile {

    /** The file name ending the app suggests; the file is recognised by its header, never by its name. */
    public static final String EXTENSION = "careplan";
    public static final int FORMAT_VERSION = 1;
    public static final String KDF_NAME = "PBKDF2-HMAC-SHA256";

    static final byte[] MAGIC = {(byte) 0x89, 'C', 'A', 'R', 'E', 'P', 'L', 'A', 'N', '\r', '\n', 0x1A, '\n'};
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int CHECK_BYTES = 32;
    private static final int MAX_SALT_BYTES = 64;
    /** The longest header {@link Header#parse} accepts: magic, version, KDF name, iterations, salt, nonce, check. */
    private static final int MAX_HEADER_BYTES = 13 + 1 + 1 + 64 + 4 + 1 + MAX_SALT_BYTES + 1 + NONCE_BYTES + 1 + CHECK_BYTES;
    private static final String KEY_LABEL = "CarePlanner transfer file encryption key, format 1";
    private static final String CHECK_LABEL = "CarePlanner transfer file passphrase check, format 1";

    /** Problem codes, for the screens (a wrong passphrase is asked again) and tests. */
    public static final String PASSPHRASE_NEEDED = "transfer.passphrase-needed";
    public static final String PASSPHRASE_WRONG = "transfer.passphrase-wrong";
    public static final String CHANGED = "transfer.changed";
    public static final String DAMAGED = "transfer.damaged";
    public static final String NEWER_FORMAT = "transfer.newer-format";

    private final FormatLimits limits;

    public TransferFile() {
        this(FormatLimits.DEFAULT);
    }

    public TransferFile(FormatLimits limits) {
        this.limits = limits;
    }

    /** Whether the bytes begin with the transfer file's header (its first 13 bytes are enough). */
    public static boolean isEncrypted(byte[] start) {
        return start.length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Whether the file begins with the transfer file's header; false for a file that cannot be read (its reader says why). */
    public static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isEncrypted(in.readNBytes(MAGIC.length));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The transfer file holding {@code content} (a plan file or bundle's UTF-8 JSON) under this passphrase: a fresh
     * random salt and nonce every time, so the same plans and passphrase never give the same bytes.
     */
    public byte[] seal(byte[] content, TransferPassphrase passphrase) {
        // One way of sealing: the streaming one, into memory (the same bytes as GCM's one-shot encryption).
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream(content.length + 128);
        try (OutputStream sealing = sealing(file, passphrase)) {
            sealing.write(content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Writing to memory cannot fail", e);
        }
        return file.toByteArray();
    }

    /**
     * The same transfer file as {@link #seal}, written to {@code out} as the content is written to the stream returned:
     * the header at once, then the content encrypted as it comes (AES-GCM encrypts a stream as it goes; only opening
     * needs the whole file, to check its tag before anything is used), and the tag when the returned stream is closed.
     * Closing it does not close {@code out}. A stream given up part way (not closed) leaves a file without its tag,
     * which never opens: the caller deletes it.
     */
    public OutputStream sealing(OutputStream out, TransferPassphrase passphrase) throws IOException {
        byte[] salt = KeyDerivation.randomBytes(KeyDerivation.SALT_BYTES);
        byte[] nonce = KeyDerivation.randomBytes(NONCE_BYTES);
        char[] chars = passphrase.chars();
        byte[] derived = KeyDerivation.derive(chars, salt, passphrase.iterations());
        KeyDerivation.wipe(chars);
        byte[] key = KeyDerivation.hmac(derived, KEY_LABEL);
        try {
            byte[] header = header(FORMAT_VERSION, passphrase.iterations(), salt, nonce,
                    KeyDerivation.hmac(derived, CHECK_LABEL));
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, header);
            out.write(header);
            return new Sealing(out, cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java cannot do AES-256-GCM, which every Java 17 can", e);
        } finally {
            KeyDerivation.wipe(derived);
            KeyDerivation.wipe(key);
        }
    }

    /** Encrypts what is written to it into {@code out}; the tag is written on close. */
    private static final class Sealing extends OutputStream {
        private final OutputStream out;
        private final Cipher cipher;
        private boolean closed;

        Sealing(OutputStream out, Cipher cipher) {
            this.out = out;
            this.cipher = cipher;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            byte[] sealed = cipher.update(b, off, len);
            if (sealed != null) {
                out.write(sealed);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.write(cipher.doFinal());
            } catch (GeneralSecurityException e) {
                throw new IOException("The transfer file could not be finished", e);
            }
            out.flush();
        }
    }

    /**
     * Reads and opens a transfer file whole, in memory; never throws for a bad file or passphrase (the problem says what
     * is wrong). For a small file (tests); import reads one as a stream instead ({@link #unlock}).
     */
    public Opened open(Path file, TransferPassphrase passphrase) {
        try {
            if (Files.size(file) > maxFileBytes()) {
                return Opened.failed(new JsonDocument(limits).tooLarge());
            }
            try (InputStream in = Files.newInputStream(file)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                return open(bytes.toByteArray(), passphrase);
            }
        } catch (NoSuchFileException e) {
            return Opened.failed(Problem.blocking("$", "file.missing", "There is no file at " + file + "."));
        } catch (IOException e) {
            return Opened.failed(Problem.blocking("$", "file.unreadable", "The file could not be read ("
                    + e.getClass().getSimpleName() + "). Check it is there and that CarePlanner may open it."));
        }
    }

    /** Opens the bytes of a transfer file: the JSON inside, or the one problem that stopped it. */
    public Opened open(byte[] file, TransferPassphrase passphrase) {
        if (!isEncrypted(file)) {
            return Opened.failed(damaged("It does not begin as a CarePlanner encrypted transfer file does."));
        }
        if (file.length > maxFileBytes()) {
            return Opened.failed(new JsonDocument(limits).tooLarge());
        }
        Header h;
        try {
            h = Header.parse(file);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Opened.failed(damaged("Its header is cut short or holds values CarePlanner never writes."));
        }
        if (h.version != FORMAT_VERSION) {
            return Opened.failed(Problem.blocking("$", NEWER_FORMAT, "This encrypted file is in transfer format "
                    + h.version + ", which this CarePlanner does not know: it was made by a newer CarePlanner, or "
                    + "it is damaged. Update CarePlanner on this laptop, or ask for a new copy of the file."));
        }
        if (passphrase == null) {
            return Opened.failed(Problem.blocking("$", PASSPHRASE_NEEDED, "This is an encrypted CarePlanner "
                    + "transfer file: it needs the passphrase it was made with."));
        }
        char[] chars = passphrase.chars();
        byte[] derived = KeyDerivation.derive(chars, h.salt, h.iterations);
        KeyDerivation.wipe(chars);
        byte[] key = null;
        try {
            if (!MessageDigest.isEqual(KeyDerivation.hmac(derived, CHECK_LABEL), h.check)) {
                return Opened.failed(Problem.blocking("$", PASSPHRASE_WRONG, "That passphrase does not open this "
                        + "file. Check it with the person who made the file (Caps Lock, spaces) and try again. "
                        + "If you are sure it is right, the file was changed or damaged on the way: ask for a new "
                        + "copy. Nothing was imported."));
            }
            key = KeyDerivation.hmac(derived, KEY_LABEL);
            byte[] header = Arrays.copyOf(file, h.length);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, h.nonce, header);
            return Opened.of(cipher.doFinal(file, h.length, file.length - h.length));
        } catch (AEADBadTagException e) {
            return Opened.failed(Problem.blocking("$", CHANGED, "The passphrase is right, but the file was changed "
                    + "or damaged after it was made (on the stick, or copying it), so it cannot be trusted. Nothing "
                    + "was imported: ask for a new copy of the file."));
        } catch (GeneralSecurityException e) {
            return Opened.failed(damaged("It could not be decrypted."));
        } finally {
            KeyDerivation.wipe(derived);
            KeyDerivation.wipe(key);
        }
    }

    /**
     * Checks a transfer file's header and passphrase without decrypting it: then its JSON can be read as a stream, as
     * often as needed, in the memory of a small buffer ({@link Unlocked#open()}, docs/decisions/0033). Never throws for
     * a bad file or passphrase (the problem says what is wrong). The caller closes what it gets, which wipes the key.
     */
    public Unlocked unlock(Path file, TransferPassphrase passphrase) {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes()) {
                return Unlocked.failed(new JsonDocument(limits).tooLarge());
            }
            byte[] start;
            try (InputStream in = Files.newInputStream(file)) {
                start = in.readNBytes(MAX_HEADER_BYTES + TAG_BITS / 8);
            }
            if (!isEncrypted(start)) {
                return Unlocked.failed(damaged("It does not begin as a CarePlanner encrypted transfer file does."));
            }
            Header h;
            try {
                h = Header.parse(start);
            } catch (BufferUnderflowException | IllegalArgumentException e) {
                return Unlocked.failed(damaged("Its header is cut short or holds values CarePlanner never writes."));
            }
            Problem refused = refusal(h, passphrase);
            if (refused != null) {
                return Unlocked.failed(refused);
            }
            char[] chars = passphrase.chars();
            byte[] derived = KeyDerivation.derive(chars, h.salt, h.iterations);
            KeyDerivation.wipe(chars);
            try {
                if (!MessageDigest.isEqual(KeyDerivation.hmac(derived, CHECK_LABEL), h.check)) {
                    return Unlocked.failed(wrongPassphrase());
                }
                return new Unlocked(new Contents(file, KeyDerivation.hmac(derived, KEY_LABEL), h.nonce,
                        Arrays.copyOf(start, h.length), size - h.length - TAG_BITS / 8), null);
            } finally {
                KeyDerivation.wipe(derived);
            }
        } catch (NoSuchFileException e) {
            return Unlocked.failed(Problem.blocking("$", "file.missing", "There is no file at " + file + "."));
        } catch (IOException e) {
            return Unlocked.failed(Problem.blocking("$", "file.unreadable", "The file could not be read ("
                    + e.getClass().getSimpleName() + "). Check it is there and that CarePlanner may open it."));
        }
    }

    /** The problem a header or a missing passphrase gives before any key is derived, or null. */
    private static Problem refusal(Header h, TransferPassphrase passphrase) {
        if (h.version != FORMAT_VERSION) {
            return Problem.blocking("$", NEWER_FORMAT, "This encrypted file is in transfer format "
                    + h.version + ", which this CarePlanner does not know: it was made by a newer CarePlanner, or "
                    + "it is damaged. Update CarePlanner on this laptop, or ask for a new copy of the file.");
        }
        if (passphrase == null) {
            return Problem.blocking("$", PASSPHRASE_NEEDED, "This is an encrypted CarePlanner "
                    + "transfer file: it needs the passphrase it was made with.");
        }
        return null;
    }

    private static Problem wrongPassphrase() {
        return Problem.blocking("$", PASSPHRASE_WRONG, "That passphrase does not open this "
                + "file. Check it with the person who made the file (Caps Lock, spaces) and try again. "
                + "If you are sure it is right, the file was changed or damaged on the way: ask for a new "
                + "copy. Nothing was imported.");
    }

    /** The problem of a file whose tag does not match its content. */
    public static Problem changed() {
        return Problem.blocking("$", CHANGED, "The passphrase is right, but the file was changed "
                + "or damaged after it was made (on the stick, or copying it), so it cannot be trusted. Nothing "
                + "was imported: ask for a new copy of the file.");
    }

    /** What {@link #unlock} gave: the file's contents to read, or the problem. */
    public record Unlocked(Contents contents, Problem problem) {

        static Unlocked failed(Problem problem) {
            return new Unlocked(null, problem);
        }

        public boolean isUnlocked() {
            return problem == null;
        }
    }

    /**
     * The JSON inside an unlocked transfer file, to be read as a stream. AES-GCM's own decryption in Java holds the
     * whole file until its tag is checked; here the content is decrypted as it is read with AES-CTR (GCM's own
     * encryption, from counter 2), and the tag is recomputed as it goes by encrypting what was read again with
     * AES-GCM under the same key and nonce, which gives the same ciphertext and so the tag the file must carry
     * (NIST SP 800-38D). Until the end is reached and the tag matches, what was read is not to be trusted: the caller
     * uses it only to check, and stores nothing unless {@link Decrypting#readToEndUnchanged()} says so.
     */
    public static final class Contents implements AutoCloseable {
        private final Path file;
        private final byte[] key;
        private final byte[] nonce;
        private final byte[] header;
        private final long bodyLength;

        Contents(Path file, byte[] key, byte[] nonce, byte[] header, long bodyLength) {
            this.file = file;
            this.key = key;
            this.nonce = nonce;
            this.header = header;
            this.bodyLength = bodyLength;
        }

        /** A stream of the JSON, from the start; the caller closes it. */
        public Decrypting open() throws IOException {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(header.length);
                byte[] counter = Arrays.copyOf(nonce, 16);
                counter[15] = 2; // GCM encrypts the content from counter block 2 (block 1 masks the tag)
                Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
                ctr.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new javax.crypto.spec.IvParameterSpec(counter));
                return new Decrypting(in, ctr, cipher(Cipher.ENCRYPT_MODE, key, nonce, header), bodyLength);
            } catch (GeneralSecurityException e) {
                in.close();
                throw new IllegalStateException("This Java cannot do AES-256-GCM, which every Java 17 can", e);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        @Override
        public void close() {
            KeyDerivation.wipe(key);
        }
    }

    /** The decrypted JSON of a transfer file; {@link #readToEndUnchanged()} says whether it was the file as made. */
    public static final class Decrypting extends InputStream {
        private final InputStream in;
        private final Cipher ctr;
        private final Cipher tagging;
        private long remaining;
        private final byte[] buffer = new byte[1 << 16];
        private Boolean unchanged;

        Decrypting(InputStream in, Cipher ctr, Cipher tagging, long bodyLength) {
            this.in = in;
            this.ctr = ctr;
            this.tagging = tagging;
            this.remaining = Math.max(bodyLength, 0);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : Byte.toUnsignedInt(one[0]);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (remaining == 0) {
                finish();
                return -1;
            }
            int n = in.read(buffer, 0, (int) Math.min(Math.min(len, buffer.length), remaining));
            if (n < 0) { // shorter than when it was unlocked
                unchanged = false;
                remaining = 0;
                return -1;
            }
            remaining -= n;
            try {
                int plain = ctr.update(buffer, 0, n, b, off);
                tagging.update(b, off, plain);
                return plain;
            } catch (GeneralSecurityException e) {
                throw new IOException("The transfer file could not be decrypted", e);
            }
        }

        private void finish() throws IOException {
            if (unchanged != null) {
                return;
            }
            byte[] tag = in.readNBytes(TAG_BITS / 8);
            try {
                byte[] last = tagging.doFinal();
                byte[] computed = Arrays.copyOfRange(last, last.length - TAG_BITS / 8, last.length);
                unchanged = tag.length == TAG_BITS / 8 && MessageDigest.isEqual(computed, tag) && in.read() < 0;
            } catch (GeneralSecurityException e) {
                throw new IOException("The transfer file could not be checked", e);
            }
        }

        /** Reads what is left and says whether the whole content is exactly what the file was made with. */
        public boolean readToEndUnchanged() throws IOException {
            byte[] scratch = new byte[8192];
            while (read(scratch, 0, scratch.length) >= 0) {
                // draining: every byte goes through the tag
            }
            return Boolean.TRUE.equals(unchanged);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The iteration count recorded in a transfer file's header (to show it is 600,000), or -1 if it has none. */
    public static int iterationsOf(byte[] file) {
        try {
            return isEncrypted(file) ? Header.parse(file).iterations : -1;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return -1;
        }
    }

    private long maxFileBytes() {
        return limits.maxFileBytes() + 512;
    }

    private static Problem damaged(String why) {
        return Problem.blocking("$", DAMAGED, "This file is damaged or is not a CarePlanner transfer file. " + why
                + " Nothing was imported: ask for a new copy of the file.");
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] header) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(header);
        return cipher;
    }

    private static byte[] header(int version, int iterations, byte[] salt, byte[] nonce, byte[] check) {
        byte[] kdf = KDF_NAME.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 1 + 1 + kdf.length + 4 + 1 + salt.length + 1 + nonce.length
                + 1 + check.length);
        b.put(MAGIC).put((byte) version).put((byte) kdf.length).put(kdf).putInt(iterations)
                .put((byte) salt.length).put(salt).put((byte) nonce.length).put(nonce)
                .put((byte) check.length).put(check);
        return b.array();
    }

    /** The header as read; {@link #parse} refuses any value the writer never writes. */
    private record Header(int version, int iterations, byte[] salt, byte[] nonce, byte[] check, int length) {

        static Header parse(byte[] file) {
            ByteBuffer b = ByteBuffer.wrap(file);
            b.position(MAGIC.length);
            int version = Byte.toUnsignedInt(b.get());
            if (version != FORMAT_VERSION) {
                return new Header(version, 0, null, null, null, b.position());
            }
            byte[] kdf = field(b, 1, 64);
            if (!KDF_NAME.equals(new String(kdf, StandardCharsets.US_ASCII))) {
                throw new IllegalArgumentException("unknown key derivation");
            }
            int iterations = b.getInt();
            if (iterations < 1 || iterations > KeyDerivation.MAX_ITERATIONS) {
                throw new IllegalArgumentException("iterations out of range");
            }
            byte[] salt = field(b, KeyDerivation.SALT_BYTES, MAX_SALT_BYTES);
            byte[] nonce = field(b, NONCE_BYTES, NONCE_BYTES);
            byte[] check = field(b, CHECK_BYTES, CHECK_BYTES);
            if (b.remaining() < TAG_BITS / 8) {
                throw new IllegalArgumentException("shorter than its authentication tag");
            }
            return new Header(version, iterations, salt, nonce, check, b.position());
        }

        private static byte[] field(ByteBuffer b, int min, int max) {
            int length = Byte.toUnsignedInt(b.get());
            if (length < min || length > max) {
                throw new IllegalArgumentException("field length out of range");
            }
            byte[] value = new byte[length];
            b.get(value);
            return value;
        }
    }

    /**
     * What opening a transfer file gave: the JSON inside (the caller wipes it when done), or the problem.
     */
    public record Opened(byte[] content, Problem problem) {

        static Opened of(byte[] content) {
            return new Opened(content, null);
        }

        static Opened failed(Problem problem) {
            return new Opened(null, problem);
        }

        public boolean isOpened() {
            return problem == null;
        }
    }
}
