package org.careplanner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.FileBase;

/**
 * A disk that can be made full or read-only while a store is open on it: H2's own file system, wrapped, whose
 * writes fail with the IOException the operating system gives ("No space left on device", "Read-only file
 * system") while a fault is set. Tests run as root in CI, and root ignores file permissions, so a read-only folder
 * cannot be made for real; a tiny filesystem needs mount rights. This puts the same failure at the same place,
 * under H2, on any machine.
 */
public final class FaultyDisk implements AutoCloseable {

    /** What the disk does with writes. */
    public enum Fault { NONE, FULL, READ_ONLY }

    /** The exit code of a program stopped by {@link #haltAtWrite}. */
    public static final int HALTED = 86;

    private static volatile Fault fault = Fault.NONE;
    /** Writes (and truncations) that reached the disk since {@link #install}. */
    private static final java.util.concurrent.atomic.AtomicLong WRITES = new java.util.concurrent.atomic.AtomicLong();
    /** The write at which the program stops dead, as a kill or power cut would (before that write is made). */
    private static volatile long haltAt = Long.MAX_VALUE;
    private static final Scheme SCHEME = new Scheme();

    private FaultyDisk() {
    }

    /** Every store opened until {@link #close} uses this disk (set before opening). */
    public static FaultyDisk install() {
        FilePath.register(SCHEME);
        StoreUrl.fileSystem = "faulty";
        fault = Fault.NONE;
        WRITES.set(0);
        haltAt = Long.MAX_VALUE;
        return new FaultyDisk();
    }

    public void set(Fault now) {
        fault = now;
    }

    /**
     * Stops the program ({@link Runtime#halt}: no finally block, no shutdown hook, nothing flushed) just before its
     * {@code n}th write to the disk from now on; for a child JVM only.
     */
    public void haltAtWrite(long n) {
        haltAt = WRITES.get() + n;
    }

    /** Writes made since {@link #install}. */
    public long writes() {
        return WRITES.get();
    }

    @Override
    public void close() {
        haltAt = Long.MAX_VALUE;
        fault = Fault.NONE;
        StoreUrl.fileSystem = "file";
        FilePath.unregister(SCHEME);
    }

    /** The "faulty:" scheme over the ordinary disk. */
    public static final class Scheme extends FilePathWrapper {
        @Override
        public String getScheme() {
            return "faulty";
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            return new Channel(getBase().open(mode));
        }
    }

    private static void check() throws IOException {
        if (WRITES.incrementAndGet() >= haltAt) {
            Runtime.getRuntime().halt(HALTED);
        }
        switch (fault) {
            case FULL -> throw new IOException("No space left on device");
            case READ_ONLY -> throw new IOException("Read-only file system");
            default -> { }
        }
    }

    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            check();
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            check();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
