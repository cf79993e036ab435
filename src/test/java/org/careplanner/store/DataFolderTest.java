package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static Properties os(String name, String home) {
        Properties p = new Properties();
        p.setProperty("os.name", name);
        p.setProperty("user.home", home);
        return p;
    }

    @Test
    void theCommandLineOptionWinsOverTheEnvironment() {
        DataFolder f = DataFolder.resolve(Path.of("/srv/plans"), Map.of("CAREPLANNER_DATA", "/elsewhere"),
                os("Linux", "/home/bea"));
        assertThat(f.path()).isEqualTo(Path.of("/srv/plans"));
    }

    @Test
    void theEnvironmentVariableWinsOverTheSystemDefault() {
        DataFolder f = DataFolder.resolve(null, Map.of("CAREPLANNER_DATA", "/media/usb/careplanner",
                "XDG_DATA_HOME", "/home/bea/data"), os("Linux", "/home/bea"));
        assertThat(f.path()).isEqualTo(Path.of("/media/usb/careplanner"));
    }

    @Test
    void linuxUsesXdgDataHomeThenDotLocalShare() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/home/bea/data"), os("Linux", "/home/bea")).path())
                .isEqualTo(Path.of("/home/bea/data/careplanner"));
        assertThat(DataFolder.resolve(null, Map.of(), os("Linux", "/home/bea")).path())
                .isEqualTo(Path.of("/home/bea/.local/share/careplanner"));
        // The XDG specification: a relative XDG_DATA_HOME is invalid and ignored.
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "data"), os("Linux", "/home/bea")).path())
                .isEqualTo(Path.of("/home/bea/.local/share/careplanner"));
        assertThat(DataFolder.resolve(null, Map.of("CAREPLANNER_DATA", "  "), os("Linux", "/home/bea")).path())
                .isEqualTo(Path.of("/home/bea/.local/share/careplanner"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataFolder.resolve(null, Map.of(), os("Mac OS X", "/Users/bea")).path())
                .isEqualTo(Path.of("/Users/bea/Library/Application Support/CarePlanner"));
    }

    @Test
    void windowsUsesAppData() {
        // Paths are checked with this machine's separator: the rule, not the drive syntax, is under test.
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/profiles/bea/AppData/Roaming"),
                os("Windows 11", "/profiles/bea")).path())
                .isEqualTo(Path.of("/profiles/bea/AppData/Roaming/CarePlanner"));
        assertThat(DataFolder.resolve(null, Map.of(), os("Windows 10", "/profiles/bea")).path())
                .isEqualTo(Path.of("/profiles/bea/AppData/Roaming/CarePlanner"));
    }

    @Test
    void theFolderAndTheStoreAreCreatedOnFirstUse(@TempDir Path dir) {
        Path folder = dir.resolve("not yet").resolve("careplanner");
        try (LocalStore store = TestStores.open(folder)) {
            assertThat(store.folder().path()).isEqualTo(folder);
        }
        assertThat(new DataFolder(folder).databaseFile()).isRegularFile();
        assertThat(Files.exists(folder.resolve("careplanner.trace.db"))).isFalse();
    }

    @Test
    void theUrlSetsDurableWritesAndNoTraceFile(@TempDir Path dir) {
        String url = StoreUrl.forFolder(dir);
        // A file database, through the guard that holds back writes while a store file is checked (ADR 0027).
        assertThat(url).startsWith("jdbc:h2:guarded:file:").contains(";WRITE_DELAY=0").contains(";TRACE_LEVEL_FILE=0")
                .doesNotContain(":mem:");
    }
}
