package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.TransferFile;
import org.careplanner.security.KeyDerivation;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.TestStores;
import org.careplanner.ui.home.FileAsk;
import org.careplanner.ui.home.FileJobs;
import org.careplanner.ui.home.StoreLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's export and import of the encrypted transfer file, as a broker uses them: the export dialog offers
 * encryption first, holds a passphrase to the store's rule and to being typed twice, and writes a file with no plan
 * text in it; on the other laptop the import knows the file by its header, asks for the passphrase, and asks again
 * after a wrong one without storing anything.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptedTransferDialogTest {

    private static final String MARKER = "ZZMARKER Jane";
    private static final String TRANSFER = "purple tractor lighthouse Friday";

    @TempDir
    Path dir;

    private LocalStore sending;
    private LocalStore receiving;
    private Stage stage;
    private final List<String> summaries = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        sending = LocalStore.open(new DataFolder(dir.resolve("sending")), TestStores.defaults());
        receiving = LocalStore.open(new DataFolder(dir.resolve("receiving")), TestStores.defaults());
        sending.plans().saveVersion(Plan.newDraft(UUID.randomUUID(), Person.named(MARKER, "Dialogperson"),
                Instant.parse("2026-11-25T10:00:00Z")));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        sending.close();
        receiving.close();
    }

    private FileJobs jobs(LocalStore store, Path answer) {
        FileAsk ask = new FileAsk() {
            @Override
            public Optional<Path> toOpen(String title, FileChooser.ExtensionFilter kind) {
                return Optional.of(answer);
            }

            @Override
            public Optional<Path> toSave(String title, String suggestedName, FileChooser.ExtensionFilter kind) {
                assertThat(suggestedName).endsWith(".careplan");
                return Optional.of(answer);
            }
        };
        FileJobs jobs = new FileJobs(new StoreLibrary(store), ask, new Appearance(DisplaySettings.DEFAULT),
                () -> stage, () -> { });
        jobs.summariesTo(summaries::add);
        return jobs;
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#transferMessage").queryAs(Label.class).getText();
    }

    @Test
    void exportEncryptedThenImportOnTheOtherLaptopAfterAWrongPassphrase(FxRobot robot) throws Exception {
        // Named .json on purpose: the import must know it by its header.
        Path file = dir.resolve("moving-plans.json");
        robot.interact(jobs(sending, file)::exportPlans);

        assertThat(robot.lookup("#exportEncrypted").queryAs(RadioButton.class).isSelected()).as("the default").isTrue();
        assertThat(robot.lookup("#plainWarning").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#transferPassphrase").write("too short");
        robot.clickOn("#transferPassphraseConfirm").write("too short");
        robot.clickOn("#exportContinue");
        assertThat(message(robot)).contains("at least 10 characters");

        robot.clickOn("#transferPassphrase").write(TRANSFER);
        robot.clickOn("#transferPassphraseConfirm").write(TRANSFER + "x");
        robot.clickOn("#exportContinue");
        assertThat(message(robot)).contains("not the same");
        assertThat(file).doesNotExist();

        robot.interact(() -> {
            robot.lookup("#transferPassphrase").queryAs(javafx.scene.control.PasswordField.class).setText(TRANSFER);
            robot.lookup("#transferPassphraseConfirm").queryAs(javafx.scene.control.PasswordField.class).setText(TRANSFER);
        });
        robot.clickOn("#exportContinue");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(summaries).containsExactly("1 plan exported, encrypted, to moving-plans.json. Tell the other broker "
                + "the transfer passphrase by phone; do not write it on the stick or send it with the file.");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(TransferFile.iterationsOf(bytes)).isEqualTo(KeyDerivation.ITERATIONS);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(MARKER, "Dialogperson");

        // The other laptop.
        summaries.clear();
        robot.interact(jobs(receiving, file)::importPlans);
        assertThat(robot.lookup("#transferPassphraseDialog").tryQuery()).isPresent();
        robot.clickOn("#transferPassphrase").write("purple tractor lighthouse Monday");
        robot.clickOn("#transferOpen");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#transferMessage").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(message(robot)).startsWith("That passphrase does not open this file.");
        assertThat(summaries).isEmpty();
        assertThat(receiving.plans().homeList()).isEmpty();

        WaitForAsyncUtils.waitForFxEvents(); // the dialog asked again is laid out before it is clicked
        robot.clickOn("#transferPassphrase").write(TRANSFER);
        robot.clickOn("#transferOpen");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(summaries).containsExactly("1 plan imported.");
        assertThat(receiving.plans().homeList()).hasSize(1);
    }

    @Test
    void plainJsonIsStillThereWithAWarningThatItIsNotEncrypted(FxRobot robot) {
        robot.interact(jobs(sending, dir.resolve("unused.careplan"))::exportPlans);
        robot.clickOn("#exportPlain");
        Label warning = robot.lookup("#plainWarning").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("will NOT be encrypted");
        assertThat(robot.lookup("#transferPassphrase").query().isDisabled()).isTrue();
        robot.clickOn("#exportEncrypted");
        assertThat(warning.isVisible()).isFalse();
    }
}
