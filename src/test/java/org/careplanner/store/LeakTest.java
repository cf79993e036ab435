package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, "no plaintext copies": a whole workflow (new store with a passphrase, save a plan, automatic and
 * by-hand backups, export to a file the test chooses and an encrypted transfer export, a failing SQL statement
 * on the store's own connection, close) run in a child JVM whose temp folder, working folder and logs are the test's. Afterwards the made-up
 * person's name is found in no file anywhere in them except the plain export the test asked for: not in the
 * encrypted one either.
 */
class LeakTest {

    /** Part of the made-up person's given name; found only where the name itself is written in plain text. */
    static final String MARKER = "ZZMARKER Jane";

    @TempDir
    Path root;

    @Test
    void theNameIsOnDiskOnlyInTheExportAskedFor() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path work = Files.createDirectories(root.resolve("work"));
        Path exports = Files.createDirectories(root.resolve("exports"));
        Path export = exports.resolve("plan-for-transfer.careplan.json");
        Path encrypted = exports.resolve("plan-for-transfer.careplan");
        Path console = root.resolve("console.txt");

        List<String> printed;
        try (ChildJvm child = ChildJvm.start(List.of("-Djava.io.tmpdir=" + tmp, "-XX:TieredStopAtLevel=1"),
                work, console, LeakWorkflow.class, data.toString(), export.toString(), encrypted.toString())) {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child exit code").isZero();
            printed = child.printed();
        }

        // The workflow did what it should: the SQL failed, the name was really written where asked.
        assertThat(printed).contains("DONE").noneMatch(l -> l.equals("NO FAILURE"));
        assertThat(Files.readString(export)).contains(MARKER);
        // The encrypted export is scanned with everything else below (it is not the plain export asked for).
        assertThat(printed).as("the encrypted export holds the plan").contains("ENCRYPTED EXPORT HOLDS THE PLAN");
        assertThat(org.careplanner.exchange.TransferFile.isEncrypted(encrypted)).isTrue();
        assertThat(data.resolve("logs").resolve("careplanner.log")).exists()
                .content().as("the failure logged whole").contains("A store call failed", "UnderlyingError");
        assertThat(Files.readString(console)).as("the failure escaping a thread, printed whole")
                .contains("Exception in thread \"escaping\"", "H2 error 42122");
        assertThat(Files.exists(data.resolve(StoreUrl.DATABASE_NAME + ".mv.db"))).isTrue();
        try (Stream<Path> backups = Files.list(data.resolve(AutomaticBackups.FOLDER))) {
            assertThat(backups.count()).as("backups made").isGreaterThanOrEqualTo(2);
        }

        List<Path> scanned = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (Path folder : List.of(data, tmp, work, exports)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    if (file.equals(export)) {
                        continue;
                    }
                    scanned.add(file);
                    if (holdsMarker(Files.readAllBytes(file))) {
                        leaks.add(root.relativize(file).toString());
                    }
                }
            }
        }
        scanned.add(console);
        if (holdsMarker(Files.readAllBytes(console))) {
            leaks.add("the child's console (stderr)");
        }
        if (holdsMarker(String.join("\n", printed).getBytes(StandardCharsets.UTF_8))) {
            leaks.add("the child's console (stdout)");
        }

        assertThat(scanned).as("files scanned").anyMatch(p -> p.toString().endsWith(".mv.db"))
                .contains(encrypted)
                .anyMatch(p -> p.toString().endsWith("careplanner.log"));
        assertThat(leaks).as("files holding the person's name in plain text").isEmpty();
    }

    /** The marker's bytes in UTF-8, UTF-16 (either byte order): what a text or Java-serialised file would hold. */
    static boolean holdsMarker(byte[] content) {
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            if (indexOf(content, MARKER.getBytes(charset)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theScanFindsTheMarkerInEveryForm() throws IOException {
        assertThat(holdsMarker(("x" + MARKER + "y").getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(holdsMarker(MARKER.getBytes(StandardCharsets.UTF_16LE))).isTrue();
        assertThat(holdsMarker(MARKER.getBytes(StandardCharsets.UTF_16BE))).isTrue();
        assertThat(holdsMarker("ZZMARKER Jan".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
