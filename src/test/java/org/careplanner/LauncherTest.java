package org.careplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a start that asks for the window alone skips the command line's parser; anything else goes through it. */
class LauncherTest {

    @Test
    void noArgumentsOrOnlyTheDataFolderOpenTheWindowDirectly() {
        assertThat(Launcher.windowOnly(new String[0])).contains(Optional.empty());
        assertThat(Launcher.windowOnly(new String[] {"--data-dir", "/tmp/plans"})).contains(Optional.of(Path.of("/tmp/plans")));
        assertThat(Launcher.windowOnly(new String[] {"--data-dir=/tmp/plans"})).contains(Optional.of(Path.of("/tmp/plans")));
    }

    @Test
    void commandsHelpAndAnythingUnusualAreLeftToTheParser() {
        assertThat(Launcher.windowOnly(new String[] {"list"})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"--help"})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"--data-dir", "/tmp/plans", "list"})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"--data-dir"})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"--data-dir", "--help"})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"--data-dir="})).isEmpty();
        assertThat(Launcher.windowOnly(new String[] {"--passphrase-file", "p.txt"})).isEmpty();
    }
}
