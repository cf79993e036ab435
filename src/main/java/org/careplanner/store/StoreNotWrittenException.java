package org.careplanner.store;

import java.nio.file.Path;

/**
 * A save could not be written: the disk is full, or the store's folder may not be written to. Nothing already
 * saved is lost (H2 writes each save whole or not at all), and the store can be used again as soon as the cause
 * is gone: the next save opens the file again if H2 had to close it.
 */
public final class StoreNotWrittenException extends StoreException {

    /** Why nothing was written. */
    public enum Reason {
        /** No space left on the disk. */
        DISK_FULL,
        /** The folder or file is read-only (a read-only disk, permissions, a locked USB stick). */
        READ_ONLY
    }

    private final Reason reason;

    StoreNotWrittenException(Path folder, Reason reason, Throwable cause) {
        super(switch (reason) {
            case DISK_FULL -> "Not saved: the disk that holds the plans store (" + folder + ") is full. Everything "
                    + "saved before is safe. Free some space on the disk, then try again.";
            case READ_ONLY -> "Not saved: CarePlanner may not write to the folder that holds the plans store ("
                    + folder + "): it is read-only. Everything saved before is safe. Make the folder writable, or "
                    + "choose another with --data-dir, then try again.";
        }, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
