package org.careplanner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system under every store URL ({@link StoreUrl}), passing everything through except while a store file
 * is held for its check: then every write to that file is refused, so the store can be opened writable once and
 * checked on that same connection without H2 ever writing to a file that turns out damaged (ADR 0027; before, a
 * read-only open checked it and a second open wrote to it). H2 finding no records behind intact headers would start
 * a new database in the file: held, that write fails, nothing is changed, and {@link #refused} says it happened.
 */
public final class GuardedFiles extends FilePathWrapper {

    static final String SCHEME = "guarded";

    /** Files held (absolute, normalised paths): writes to them are refused. */
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();
    /** Held files a write was refused to since they were held. */
    private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    static {
        FilePath.register(new GuardedFiles());
    }

    /** For H2, which makes one for each path it is given (public: it does so by reflection). */
    public GuardedFiles() {
        super();
    }

    /** Makes sure the scheme is registered with H2 (done once, when this class is loaded). */
    static void register() {
        // the static initialiser does it
    }

    /** From now until {@link #release}, every write to {@code file} is refused. */
    static void hold(Path file) {
        String key = key(file);
        REFUSED.remove(key);
        HELD.add(key);
    }

    /** Writes to {@code file} go through again. */
    static void release(Path file) {
        HELD.remove(key(file));
    }

    /** Whether a write to {@code file} was refused since it was last held. */
    static boolean refused(Path file) {
        return REFUSED.contains(key(file));
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** The file a name in H2's notation ("guarded:file:/x/careplanner.mv.db", or with a test's scheme) stands for. */
    private static String keyOf(String name) {
        String path = name.replaceFirst("^(\\p{Alpha}{2,}:)+", "");
        try {
            return key(Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return path;
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode), keyOf(name));
    }

    /** A file channel that refuses writes while its file is held. */
    private static final class Channel extends FileBase {
        private final FileChannel base;
        private final String key;

        Channel(FileChannel base, String key) {
            this.base = base;
            this.key = key;
        }

        private void mayWrite() throws IOException {
            if (HELD.contains(key)) {
                REFUSED.add(key);
                throw new IOException("CarePlanner has not finished checking this store file: nothing is written "
                        + "to it yet");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            mayWrite();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            mayWrite();
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
            mayWrite();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
