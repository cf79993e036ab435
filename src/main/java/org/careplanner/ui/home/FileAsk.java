package org.careplanner.ui.home;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the broker for a file to read or a file to write; tests answer without a dialog. */
public interface FileAsk {

    /** A file to read, or empty when the broker cancels. */
    Optional<Path> toOpen(String title, FileChooser.ExtensionFilter kind);

    /** A file to write (the broker has agreed to replace it if it exists), or empty when they cancel. */
    Optional<Path> toSave(String title, String suggestedName, FileChooser.ExtensionFilter kind);

    /** The system's file dialogs, over the given window. */
    static FileAsk withDialogs(Supplier<Window> owner) {
        return new FileAsk() {
            @Override
            public Optional<Path> toOpen(String title, FileChooser.ExtensionFilter kind) {
                FileChooser chooser = chooser(title, kind);
                return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
            }

            @Override
            public Optional<Path> toSave(String title, String suggestedName, FileChooser.ExtensionFilter kind) {
                FileChooser chooser = chooser(title, kind);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
            }

            private FileChooser chooser(String title, FileChooser.ExtensionFilter kind) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(kind, new FileChooser.ExtensionFilter("All files", "*"));
                return chooser;
            }
        };
    }
}
