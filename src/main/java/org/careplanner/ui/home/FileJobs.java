package org.careplanner.ui.home;

import static org.careplanner.ui.MainWindow.TEXT;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.TransferFile;
import org.careplanner.exchange.TransferPassphrase;
import org.careplanner.store.ImportReport;
import org.careplanner.store.ImportedVersion;
import org.careplanner.ui.Appearance;

/**
 * The "File" menu's long work: import a plan file (plain or encrypted), export every plan (an encrypted transfer
 * file by default, or a plain bundle; or the costing CSV for finance), back up now. Each runs in the background behind a {@link ProgressDialog} with Cancel, and ends with a plain
 * summary of what it did.
 */
public final class FileJobs {

    /** The most problems listed in an import's summary; the rest are counted. */
    static final int PROBLEMS_SHOWN = 8;

    private final PlanFiles files;
    private final FileAsk ask;
    private final Appearance appearance;
    private final Supplier<Window> owner;
    private final Runnable afterImport;
    private Consumer<String> onSummary;
    /** Asks the work under way, if any, to stop. */
    private Runnable cancelRunning = () -> { };

    /**
     * @param afterImport run on the JavaFX thread after an import that stored something (to read the list again)
     */
    public FileJobs(PlanFiles files, FileAsk ask, Appearance appearance, Supplier<Window> owner, Runnable afterImport) {
        this.files = files;
        this.ask = ask;
        this.appearance = appearance;
        this.owner = owner;
        this.afterImport = afterImport;
        this.onSummary = this::showSummary;
    }

    /** Where summaries go instead of a message window (tests read them). */
    public void summariesTo(Consumer<String> consumer) {
        this.onSummary = consumer;
    }

    /**
     * Asks the work under way to stop, as its Cancel button does (the main window is closing): the program then
     * waits only until the work reaches its next check, and nothing half-done is kept.
     */
    public void cancelRunning() {
        cancelRunning.run();
    }

    public Menu menu() {
        Menu file = new Menu(TEXT.getString("file.menu"));
        file.setId("fileMenu");
        file.getItems().addAll(
                item("importPlans", "file.import", this::importPlans),
                item("exportPlans", "file.export", this::exportPlans),
                item("exportCosting", "file.exportCosting", this::exportCosting),
                item("backUpNow", "file.backup", this::backUp));
        return file;
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(TEXT.getString(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static FileChooser.ExtensionFilter json() {
        return new FileChooser.ExtensionFilter(TEXT.getString("file.kind.json"), "*.json");
    }

    /** Plan files of both kinds: the app tells them apart by their first bytes, not by these names. */
    private static FileChooser.ExtensionFilter planFiles() {
        return new FileChooser.ExtensionFilter(TEXT.getString("file.kind.plans"), "*.json",
                "*." + TransferFile.EXTENSION);
    }

    private static FileChooser.ExtensionFilter transferFiles() {
        return new FileChooser.ExtensionFilter(TEXT.getString("file.kind.careplan"), "*." + TransferFile.EXTENSION);
    }

    /**
     * Import: a plain file at once; an encrypted one (known by its header, read off the JavaFX thread) after asking
     * for its passphrase.
     */
    public void importPlans() {
        Optional<Path> chosen = ask.toOpen(TEXT.getString("file.import.title"), planFiles());
        chosen.ifPresent(path -> {
            javafx.concurrent.Task<Boolean> header = new javafx.concurrent.Task<>() {
                @Override
                protected Boolean call() {
                    return files.isEncrypted(path);
                }
            };
            header.setOnSucceeded(e -> {
                if (header.getValue()) {
                    askTransferPassphrase(path, null);
                } else {
                    runImport(path, null);
                }
            });
            // Not expected (an unreadable file is "not encrypted"): the import then says what is wrong with it.
            header.setOnFailed(e -> runImport(path, null));
            Thread reader = new Thread(header, "import-file-header");
            reader.setDaemon(true);
            reader.start();
        });
    }

    private void askTransferPassphrase(Path path, String problem) {
        new TransferPassphraseDialog(owner.get(), appearance, String.valueOf(path.getFileName()), problem,
                passphrase -> runImport(path, passphrase)).show();
    }

    /** Runs the import in the background; a wrong passphrase asks again, with what was wrong. */
    private void runImport(Path path, TransferPassphrase passphrase) {
        AtomicReference<String> wrongPassphrase = new AtomicReference<>();
        cancelRunning = ProgressDialog.run(owner.get(), appearance,
                TEXT.getString("file.import.title"),
                MessageFormat.format(TEXT.getString("file.import.working"), path.getFileName()),
                cancelled -> {
                    try {
                        ImportReport report = passphrase == null ? files.importFile(path, cancelled)
                                : files.importFile(path, passphrase, cancelled);
                        Optional<Problem> wrong = report.problems().stream()
                                .filter(p -> TransferFile.PASSPHRASE_WRONG.equals(p.code())).findFirst();
                        if (wrong.isPresent()) {
                            wrongPassphrase.set(wrong.get().message());
                            return "";
                        }
                        return importSummary(report);
                    } finally {
                        if (passphrase != null) {
                            passphrase.wipe();
                        }
                    }
                },
                TEXT.getString("file.import.cancelled"), TEXT.getString("file.import.failed"), words -> {
                    if (wrongPassphrase.get() != null) {
                        askTransferPassphrase(path, wrongPassphrase.get());
                        return;
                    }
                    afterImport.run();
                    onSummary.accept(words);
                });
    }

    /**
     * Export every plan: first how (encrypted for another laptop, the default, with its passphrase; or plain JSON
     * with a warning), then where.
     */
    public void exportPlans() {
        new ExportDialog(owner.get(), appearance, choice -> {
            if (choice.encrypted()) {
                exportEncrypted(choice.passphrase());
            } else {
                exportPlain();
            }
        }).show();
    }

    private void exportEncrypted(TransferPassphrase passphrase) {
        Optional<Path> chosen = ask.toSave(TEXT.getString("file.export.title"),
                "careplanner-plans." + TransferFile.EXTENSION, transferFiles());
        if (chosen.isEmpty()) {
            passphrase.wipe();
            return;
        }
        Path path = chosen.get();
        cancelRunning = ProgressDialog.run(owner.get(), appearance, TEXT.getString("file.export.title"),
                TEXT.getString("file.export.working.encrypted"),
                cancelled -> {
                    try {
                        return MessageFormat.format(TEXT.getString("file.export.done.encrypted"),
                                files.exportAllEncrypted(path, passphrase, cancelled), path.getFileName());
                    } finally {
                        passphrase.wipe();
                    }
                },
                TEXT.getString("file.export.cancelled"), TEXT.getString("file.export.failed"), onSummary);
    }

    private void exportPlain() {
        ask.toSave(TEXT.getString("file.export.title"), "careplanner-plans.json", json()).ifPresent(path ->
                cancelRunning =
                ProgressDialog.run(owner.get(), appearance, TEXT.getString("file.export.title"),
                        TEXT.getString("file.export.working"),
                        cancelled -> MessageFormat.format(TEXT.getString("file.export.done"),
                                files.exportAll(path, cancelled), path.getFileName()),
                        TEXT.getString("file.export.cancelled"), TEXT.getString("file.export.failed"), onSummary));
    }

    public void exportCosting() {
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(TEXT.getString("file.kind.csv"), "*.csv");
        ask.toSave(TEXT.getString("file.exportCosting.title"), "careplanner-costing.csv", csv).ifPresent(path ->
                cancelRunning =
                ProgressDialog.run(owner.get(), appearance, TEXT.getString("file.exportCosting.title"),
                        TEXT.getString("file.export.working"),
                        cancelled -> MessageFormat.format(TEXT.getString("file.exportCosting.done"),
                                files.exportCostingCsv(path, cancelled), path.getFileName()),
                        TEXT.getString("file.export.cancelled"), TEXT.getString("file.export.failed"), onSummary));
    }

    public void backUp() {
        FileChooser.ExtensionFilter zip = new FileChooser.ExtensionFilter(TEXT.getString("file.kind.zip"), "*.zip");
        ask.toSave(TEXT.getString("file.backup.title"), "careplanner-backup.zip", zip).ifPresent(path ->
                cancelRunning =
                ProgressDialog.run(owner.get(), appearance, TEXT.getString("file.backup.title"),
                        TEXT.getString("file.backup.working"),
                        cancelled -> {
                            files.backUp(path, cancelled);
                            return MessageFormat.format(TEXT.getString("file.backup.done"), path.getFileName());
                        },
                        TEXT.getString("file.backup.cancelled"), TEXT.getString("file.backup.failed"), onSummary));
    }

    /** "3 plans imported; 1 refused: …", or every problem that kept the file out. */
    static String importSummary(ImportReport report) {
        if (!report.isImported()) {
            List<Problem> problems = report.problems();
            StringBuilder words = new StringBuilder(MessageFormat.format(TEXT.getString("file.import.refused"),
                    problems.size()));
            problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> words.append("\n\u2022 ").append(p.message()));
            if (problems.size() > PROBLEMS_SHOWN) {
                words.append("\n").append(MessageFormat.format(TEXT.getString("file.import.moreProblems"),
                        problems.size() - PROBLEMS_SHOWN));
            }
            return words.toString();
        }
        Map<ImportedVersion.Result, Integer> counts = new EnumMap<>(ImportedVersion.Result.class);
        for (ImportedVersion v : report.versions()) {
            counts.merge(v.result(), 1, Integer::sum);
        }
        StringBuilder words = new StringBuilder();
        for (ImportedVersion.Result r : ImportedVersion.Result.values()) {
            int n = counts.getOrDefault(r, 0);
            if (n > 0) {
                words.append(words.length() == 0 ? "" : "; ")
                        .append(MessageFormat.format(TEXT.getString("file.import.result." + r.name()), n));
            }
        }
        return words.length() == 0 ? TEXT.getString("file.import.nothing") : words.append('.').toString();
    }

    private void showSummary(String words) {
        Alert done = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        Label text = new Label(words);
        text.setId("workSummary");
        text.setWrapText(true);
        done.getDialogPane().setContent(text);
        done.initOwner(owner.get());
        done.setTitle(TEXT.getString("app.title"));
        done.setHeaderText(null);
        done.getDialogPane().setMinWidth(480);
        appearance.style(done.getDialogPane().getScene());
        done.show();
    }
}
