package org.careplanner.ui.sign;

import static org.careplanner.ui.MainWindow.TEXT;

import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.careplanner.domain.Plan;
import org.careplanner.print.PrintSize;
import org.careplanner.print.PrintedPlan;
import org.careplanner.ui.plan.Autosave;
import org.careplanner.ui.plan.PlanEditorViewModel;

/**
 * The plan editor's paperwork, in its header: whether this version is signed and locked, Sign…, Print… (the
 * system's printer dialog) and Save as PDF… (a file the broker picks), with a large-print choice for both.
 * Saves waiting are written first; signing, printing and writing the PDF all run off the JavaFX thread.
 */
public final class PlanPaperwork {

    private static final System.Logger LOG = System.getLogger(PlanPaperwork.class.getName());
    private static final int FINGERPRINT = 12;

    private final PlanEditorViewModel editor;
    private final SigningDesk desk;
    private final Runnable saveWaiting;
    private final Label lock = new Label();
    private final Label message = new Label();
    private final CheckBox largePrint = new CheckBox(TEXT.getString("paper.largePrint"));
    private final HBox view;
    private FileChooser.ExtensionFilter pdfFilter;

    /** @param saveWaiting writes a change still waiting to be saved (the autosave's flush) */
    public PlanPaperwork(PlanEditorViewModel editor, SigningDesk desk, Runnable saveWaiting) {
        this.editor = editor;
        this.desk = desk;
        this.saveWaiting = saveWaiting;
        lock.setId("versionLock");
        lock.getStyleClass().add("version-lock");
        lock.setWrapText(true);
        lock.setMaxWidth(260);
        lock.textProperty().bind(Bindings.createStringBinding(() -> lockText(editor.storedProperty().get()),
                editor.storedProperty()));
        lock.accessibleTextProperty().bind(lock.textProperty());
        // The version's status, not the budget's stage (ADR 0037): said to whoever points at it or hears it read.
        lock.setTooltip(new Tooltip(TEXT.getString("paper.status.tooltip")));
        lock.setAccessibleHelp(TEXT.getString("paper.status.tooltip"));
        message.setId("paperMessage");
        message.getStyleClass().add("save-status");
        message.setWrapText(true);
        message.setMaxWidth(260);
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        Button sign = button("signPlan", "paper.sign", "paper.sign.accessible");
        sign.setOnAction(e -> sign(sign.getScene().getWindow()));
        Button print = button("printPlan", "paper.print", "paper.print.accessible");
        print.setOnAction(e -> print());
        Button pdf = button("savePdf", "paper.savePdf", "paper.savePdf.accessible");
        pdf.setOnAction(e -> savePdf(pdf.getScene().getWindow()));
        largePrint.setId("largePrint");
        largePrint.setAccessibleText(TEXT.getString("paper.largePrint.accessible"));
        VBox words = new VBox(2, lock, message);
        words.setAlignment(Pos.CENTER_RIGHT);
        view = new HBox(10, words, sign, print, pdf, largePrint);
        view.setAlignment(Pos.CENTER_RIGHT);
        view.getStyleClass().add("plan-paperwork");
    }

    public Node view() {
        return view;
    }

    private static Button button(String id, String key, String accessibleKey) {
        Button b = new Button(TEXT.getString(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(TEXT.getString(accessibleKey));
        return b;
    }

    static String lockText(Plan stored) {
        if (stored.status().isLocked() && !stored.signedHash().isBlank()) {
            return MessageFormat.format(TEXT.getString("paper.locked"), stored.version(),
                    stored.signedHash().substring(0, Math.min(FINGERPRINT, stored.signedHash().length())));
        }
        return MessageFormat.format(TEXT.getString("paper.open"), stored.version(),
                TEXT.getString("paper.status." + stored.status().name().toLowerCase(Locale.ROOT)));
    }

    /** The plan to sign or print: the stored version when nothing has changed since, else the editor's plan now. */
    private Plan current() {
        Plan stored = editor.storedProperty().get();
        Plan now = editor.snapshot();
        return now.edit().updatedAt(stored.updatedAt()).done().equals(stored) ? stored : now;
    }

    /** Runs {@code then} on the JavaFX thread once every save handed over so far is stored. */
    private void afterSaves(Runnable then) {
        saveWaiting.run();
        Thread wait = new Thread(() -> {
            try {
                Autosave.waitForSavesHandedOver();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(then);
        }, "wait-for-saves");
        wait.setDaemon(true);
        wait.start();
    }

    private void sign(Window owner) {
        afterSaves(() -> SignDialog.open(owner, current(), desk, signed -> {
            editor.saved(signed);
            message.setText(TEXT.getString("paper.signed"));
        }));
    }

    private PrintSize size() {
        return largePrint.isSelected() ? PrintSize.LARGE_PRINT : PrintSize.STANDARD;
    }

    private void print() {
        PrintSize size = size();
        afterSaves(() -> {
            Plan plan = current();
            message.setText(TEXT.getString("paper.preparing"));
            run(new Task<String>() {
                @Override
                protected String call() throws Exception {
                    if (PrinterJob.lookupPrintServices().length == 0) {
                        // Said in the window, not in the toolkit's own message box (which can open behind it).
                        return TEXT.getString("paper.noPrinter");
                    }
                    PrintedPlan printed = desk.pdf(plan, size);
                    String warning = unprintable(printed);
                    if (!warning.isEmpty()) {
                        // said before the printer dialog opens: the broker can cancel and fix it first
                        Platform.runLater(() -> message.setText(warning));
                    }
                    try (PDDocument document = Loader.loadPDF(printed.pdf())) {
                        PrinterJob job = PrinterJob.getPrinterJob();
                        job.setJobName(TEXT.getString("paper.jobName"));
                        job.setPageable(new PDFPageable(document));
                        // The system's own dialog, on this background thread: the window stays responsive.
                        if (!job.printDialog()) {
                            return join(TEXT.getString("paper.printCancelled"), warning);
                        }
                        job.print();
                        return join(TEXT.getString("paper.printed"), warning);
                    }
                }
            }, "print-plan");
        });
    }

    private void savePdf(Window owner) {
        PrintSize size = size();
        afterSaves(() -> {
            Plan plan = current();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(TEXT.getString("paper.savePdf.title"));
            if (pdfFilter == null) {
                pdfFilter = new FileChooser.ExtensionFilter(TEXT.getString("paper.pdfFiles"), "*.pdf");
            }
            chooser.getExtensionFilters().setAll(pdfFilter);
            chooser.setInitialFileName(MessageFormat.format(TEXT.getString("paper.fileName"), plan.version(),
                    size == PrintSize.LARGE_PRINT ? TEXT.getString("paper.fileName.large") : ""));
            java.io.File chosen = chooser.showSaveDialog(owner);
            if (chosen != null) {
                writePdf(plan, size, chosen.toPath());
            }
        });
    }

    /** Writes the plan's PDF to {@code file} off the JavaFX thread; says where when done. */
    public void writePdf(Plan plan, PrintSize size, Path file) {
        message.setText(TEXT.getString("paper.preparing"));
        run(new Task<String>() {
            @Override
            protected String call() throws IOException {
                // Written beside the file, then moved over it: a failure never leaves half a PDF under its name.
                Path tmp = file.resolveSibling(file.getFileName() + ".part");
                PrintedPlan printed = desk.pdf(plan, size);
                try {
                    Files.write(tmp, printed.pdf());
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                return join(MessageFormat.format(TEXT.getString("paper.saved"), file.getFileName()),
                        unprintable(printed));
            }
        }, "save-pdf");
    }

    /** What to tell the broker when some writing could not be printed (its parts named, never its text); or "". */
    static String unprintable(PrintedPlan printed) {
        return printed.complete() ? "" : MessageFormat.format(TEXT.getString("paper.unprintable"),
                String.join("; ", printed.unprintableIn()));
    }

    private static String join(String done, String warning) {
        return warning.isEmpty() ? done : done + " " + warning;
    }

    private void run(Task<String> task, String name) {
        task.setOnSucceeded(e -> message.setText(task.getValue()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            LOG.log(System.Logger.Level.WARNING, "Paperwork failed: " + t.getClass().getSimpleName());
            message.setText(t instanceof java.awt.HeadlessException || t instanceof java.awt.print.PrinterException
                    ? TEXT.getString("paper.noPrinter") : TEXT.getString("paper.failed"));
        });
        Thread thread = new Thread(task, name);
        thread.setDaemon(false);
        thread.start();
    }

    /** The message under the lock line ("Signed and locked", "Saved as …"), for tests. */
    Label message() {
        return message;
    }
}
