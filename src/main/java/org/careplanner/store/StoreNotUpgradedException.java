package org.careplanner.store;

import java.nio.file.Path;

/**
 * This CarePlanner could not bring an older store's layout up to date (ADR 0035), and the store is exactly as it was
 * before it tried: either there was not enough free disk space to keep a copy first, so nothing was started, or the
 * update failed by itself and the copy was put back. Says so, and what to do, in plain words.
 */
public final class StoreNotUpgradedException extends StoreException {

    /** Why the store was not brought up to date. */
    public enum Reason {
        /** Not enough free space to keep a copy of the store while it is updated: nothing was started. */
        NOT_ENOUGH_SPACE,
        /** The update failed; the copy made before it was put back. */
        FAILED
    }

    private final Reason reason;

    private StoreNotUpgradedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    static StoreNotUpgradedException notEnoughSpace(Path folder, long neededBytes, long freeBytes) {
        return new StoreNotUpgradedException(Reason.NOT_ENOUGH_SPACE, "This version of CarePlanner needs to update "
                + "the layout of your plans store in " + folder + ", and keeps a copy of it while it does: that needs "
                + megabytes(neededBytes) + " of free disk space, and the disk has " + megabytes(freeBytes) + ". "
                + "Nothing was changed and nothing was lost. Free some space on the disk, then start CarePlanner again.",
                null);
    }

    static StoreNotUpgradedException failed(Path folder, StoreException cause) {
        String why = cause instanceof StoreNotWrittenException notWritten
                && notWritten.reason() == StoreNotWrittenException.Reason.DISK_FULL
                ? " The disk became full while it worked: free some space, then start CarePlanner again."
                : cause instanceof StoreNotWrittenException
                ? " The folder could not be written to: make it writable, then start CarePlanner again."
                : " Please contact support with this message; until then, keep the folder as it is (the store in it "
                + "still opens with the version of CarePlanner you used before).";
        return new StoreNotUpgradedException(Reason.FAILED, "This version of CarePlanner could not update the layout "
                + "of your plans store in " + folder + ". Nothing was lost: the store was put back exactly as it was "
                + "before the update." + why, cause);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.UK, "%,d MB", (bytes + 999_999) / 1_000_000);
    }

    public Reason reason() {
        return reason;
    }
}
