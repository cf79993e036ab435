package org.careplanner.store;

import java.nio.file.Path;

/** Another program (or another CarePlanner window) has the store open: H2 error 90020. */
public final class StoreInUseException extends StoreException {
    private final Path folder;

    public StoreInUseException(Path folder, Throwable cause) {
        super("CarePlanner is already open with this store in another window or program (" + folder + "). "
                + "Close the other CarePlanner window, or wait for the other program to finish, then try again.",
                cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
