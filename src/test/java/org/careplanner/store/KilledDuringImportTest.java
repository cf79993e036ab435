package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An established store whose program was killed while a large import wrote its one transaction (ADR 0040). The
 * fixture is the folder such a kill left, as found (test passphrase; made-up people): a store holding one plan, the
 * example Sam Example, into which a bundle of 200 made-up plans was being imported with {@code careplanner import}
 * when the process was killed 5.6 s in (the file had grown from 127 KB to 4.6 MB). H2 cannot open that file without
 * writing to it, and CarePlanner refuses every write until it has checked the file (ADR 0027): before this fix it
 * reported the store "damaged" and would not open it, at every start, although nothing in it was lost.
 */
class KilledDuringImportTest {

    private static final UUID SAM_EXAMPLE = UUID.fromString("5b0f2a8c-6d4e-4f1a-9c3b-1e2d3f4a5b6c");

    @TempDir
    Path dir;

    @Test
    void aStoreKilledDuringALargeImportOpensWithThePlanItHeldBefore() throws Exception {
        Path folder = fixture();

        try (LocalStore store = TestStores.open(folder)) {
            // The import never finished (it was never reported done), so it is rolled back: the plan saved before
            // it is there, and the store takes new work.
            assertThat(store.plans().latest(SAM_EXAMPLE)).isPresent();
            assertThat(store.plans().homeList()).hasSize(1);
            assertThat(store.audit().verifyChain()).isEmpty();
            UUID next = SaveInALoop.id(9, 0);
            store.plans().saveVersion(SaveInALoop.plan(next, 0, 1));
            assertThat(store.plans().latest(next)).isPresent();
        }
        // The copy kept while H2 was let write is gone once the store opened whole; nothing else left beside it.
        assertThat(names(folder)).doesNotContain("careplanner.reopening-copy.tmp")
                .noneMatch(name -> name.startsWith("careplanner.before-reopening-"));
        try (LocalStore again = TestStores.open(folder)) {
            assertThat(again.plans().homeList()).hasSize(2);
        }
    }

    @Test
    void aDamagedEstablishedStoreIsStillRefusedAndLeftByteForByteAsItWas() throws Exception {
        Path folder = fixture();
        Path file = folder.resolve("careplanner.mv.db");
        // Overwrite the file's first blocks, as a failing disk might: no store can be read from it.
        byte[] bytes = Files.readAllBytes(file);
        java.util.Arrays.fill(bytes, 0, 64 * 1024, (byte) 0x5a);
        Files.write(file, bytes);

        assertThatThrownBy(() -> TestStores.open(folder).close()).isInstanceOf(StoreDamagedException.class);

        assertThat(Files.readAllBytes(file)).as("left as it was").isEqualTo(bytes);
        assertThat(names(folder)).noneMatch(name -> name.startsWith("careplanner.before-reopening-"))
                .doesNotContain("careplanner.reopening-copy.tmp");
    }

    private Path fixture() throws Exception {
        Path folder = dir.resolve("store");
        Files.createDirectories(folder);
        for (String name : List.of("careplanner.mv.db", "careplanner.salt", "careplanner.established")) {
            try (InputStream in = getClass().getResourceAsStream("/stores/import-killed/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
