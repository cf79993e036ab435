package org.careplanner.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A file written as a stream (an export of the whole store) that is whole or absent: written to a new file beside
 * the target, then moved into place. A write that fails or is cancelled part way leaves the target as it was.
 */
public final class WholeFile {

    /** What goes into the file; returns a count for the caller (plans written). */
    @FunctionalInterface
    public interface Content {
        int write(OutputStream out) throws IOException;
    }

    private WholeFile() {
    }

    /**
     * Writes {@code content} to {@code target}, asking {@code cancelled} once more before the file is moved into place.
     *
     * @throws CancellationException when cancelled (the target is left as it was)
     */
    public static int write(Path target, Content content, BooleanSupplier cancelled) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".careplanner-export", ".tmp");
        try {
            int count;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                count = content.write(out);
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Cancelled");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            return count;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
