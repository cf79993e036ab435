package org.careplanner.ui.lock;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careplanner.security.PassphraseRule;
import org.careplanner.ui.Appearance;
import org.careplanner.ui.plan.Autosave;

/**
 * Security → "Change passphrase…": the current passphrase, the new one typed twice (the first start's rule,
 * {@link PassphraseRule}), each problem said under its own field. The change runs in a background {@link Task}
 * with its progress shown; the window under the dialog is disabled meanwhile, and the plan open in it is saved
 * first. Afterwards a fresh backup is made under the new passphrase, and the broker is told plainly that the
 * backups made before still open only with the old one. Typed passphrases are wiped from memory after use.
 */
public final class ChangePassphraseDialog {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.careplanner.ui.messages");
    private static final System.Logger LOG = System.getLogger(ChangePassphraseDialog.class.getName());

    private final Stage stage = new Stage();
    private final PassphraseChange change;
    private final Node window;
    private final PasswordField current = field("currentPassphrase");
    private final PasswordField next = field("newPassphrase");
    private final PasswordField confirmation = field("confirmPassphrase");
    private final Label currentProblem = problem("currentProblem");
    private final Label nextProblem = problem("newProblem");
    private final Label confirmationProblem = problem("confirmProblem");
    private final Label progress = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button submit = new Button(TEXT.getString("passchange.change"));
    private final Button cancel = new Button(TEXT.getString("passchange.cancel"));
    private final VBox root = new VBox(8);
    private boolean working;

    private ChangePassphraseDialog(Window owner, Node window, Appearance appearance, PassphraseChange change) {
        this.change = change;
        this.window = window;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(TEXT.getString("passchange.title"));
        root.setId("changePassphraseDialog");
        root.setPadding(new Insets(20));
        root.setPrefWidth(520);
        root.getStyleClass().add("change-passphrase-dialog");
        addHeading();
        addField("passchange.current", current, currentProblem);
        addField("passchange.new", next, nextProblem);
        addField("passchange.confirm", confirmation, confirmationProblem);
        addRuleAndButtons();
        Scene scene = new Scene(root);
        appearance.style(scene);
        stage.setScene(scene);
        // The change cannot be stopped halfway (H2 closes the store if its work is interrupted): the dialog stays
        // until it has ended.
        stage.setOnCloseRequest(e -> {
            if (working) {
                e.consume();
            }
        });
    }

    /**
     * Opens the dialog over {@code owner}. {@code window} is the content to disable while the change runs, and
     * {@code saveEdits} saves the plan open in it, if any (on the JavaFX thread; the change waits for that save).
     */
    public static ChangePassphraseDialog open(Window owner, Node window, Appearance appearance, Runnable saveEdits,
                                              PassphraseChange change) {
        ChangePassphraseDialog dialog = new ChangePassphraseDialog(owner, window, appearance, change);
        dialog.saveEdits = saveEdits;
        dialog.stage.show();
        dialog.current.requestFocus();
        return dialog;
    }

    private Runnable saveEdits = () -> { };

    private void addHeading() {
        Label title = new Label(TEXT.getString("passchange.heading"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label explanation = new Label(TEXT.getString("passchange.explanation"));
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setMargin(explanation, new Insets(0, 0, 8, 0));
        root.getChildren().addAll(title, explanation);
    }

    private static PasswordField field(String id) {
        PasswordField f = org.careplanner.ui.FieldInput.install(new PasswordField(), org.careplanner.ui.FieldInput.Kind.PASSPHRASE);
        f.setId(id);
        return f;
    }

    private static Label problem(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("problem");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setAccessibleRole(AccessibleRole.TEXT);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    private void addField(String key, PasswordField f, Label problem) {
        Label label = new Label(TEXT.getString(key));
        label.setLabelFor(f);
        label.setMnemonicParsing(true);
        f.setAccessibleText(label.getText().replace("_", ""));
        // A problem is cleared as soon as the field it is about is typed in again.
        f.textProperty().addListener((obs, old, now) -> problem.setText(""));
        root.getChildren().addAll(label, f, org.careplanner.ui.FieldInput.messageOf(f).orElseThrow(), problem);
    }

    private void addRuleAndButtons() {
        Label rule = org.careplanner.ui.PassphraseFields.ruleHint();
        progress.setId("changeProgress");
        progress.setWrapText(true);
        progress.setAccessibleRole(AccessibleRole.TEXT);
        progress.managedProperty().bind(progress.textProperty().isNotEmpty());
        // Each step's words, and the bar, make the dialog taller: it grows so the buttons stay in sight.
        progress.textProperty().addListener((obs, old, now) -> fitToContent());
        bar.setId("changeBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setAccessibleText(TEXT.getString("passchange.working"));
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        submit.setId("changePassphrase");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.setOnAction(e -> submit());
        cancel.setId("cancelChange");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> IdleLock.close(stage));
        HBox buttons = new HBox(12, cancel, submit);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox.setMargin(buttons, new Insets(8, 0, 0, 0));
        root.getChildren().addAll(rule, progress, bar, buttons);
    }

    private void submit() {
        char[] typedCurrent = current.getText().toCharArray();
        char[] typedNext = next.getText().toCharArray();
        char[] typedAgain = confirmation.getText().toCharArray();
        Optional<String> problemWithNext = PassphraseRule.problemWith(typedNext);
        Optional<String> mismatch = problemWithNext.isPresent() ? Optional.empty()
                : PassphraseRule.problemWith(typedNext, typedAgain);
        boolean sameAsBefore = typedCurrent.length > 0 && Arrays.equals(typedCurrent, typedNext);
        Arrays.fill(typedAgain, '\0');
        currentProblem.setText(typedCurrent.length == 0 ? TEXT.getString("passchange.current.empty") : "");
        nextProblem.setText(problemWithNext.orElse(sameAsBefore ? TEXT.getString("passchange.same") : ""));
        confirmationProblem.setText(mismatch.orElse(""));
        fitToContent();
        if (typedCurrent.length == 0 || problemWithNext.isPresent() || mismatch.isPresent() || sameAsBefore) {
            Arrays.fill(typedCurrent, '\0');
            Arrays.fill(typedNext, '\0');
            firstProblemField().requestFocus();
            return;
        }
        // The plan open in the window is saved first (the change waits for it), so no edit is caught mid-change.
        saveEdits.run();
        setWorking(true);
        Task<PassphraseChange.Outcome> task = new Task<>() {
            @Override
            protected PassphraseChange.Outcome call() throws Exception {
                try {
                    updateMessage(TEXT.getString("passchange.step.saving"));
                    Autosave.waitForSavesHandedOver();
                    updateMessage(TEXT.getString("passchange.step.reencrypting"));
                    PassphraseChange.Outcome outcome = change.change(typedCurrent, typedNext);
                    if (outcome instanceof PassphraseChange.Outcome.Changed) {
                        updateMessage(TEXT.getString("passchange.step.backup"));
                        backupMade = change.backUp();
                    }
                    return outcome;
                } finally {
                    Arrays.fill(typedCurrent, '\0');
                    Arrays.fill(typedNext, '\0');
                }
            }
        };
        progress.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.ERROR, "Passphrase change failed: " + task.getException().getClass().getSimpleName());
            finished(new PassphraseChange.Outcome.Failed(TEXT.getString("passchange.failed")));
        });
        // Not a daemon: closing the program waits for the change to end rather than cutting it short.
        new Thread(task, "passphrase-change").start();
    }

    private volatile boolean backupMade;

    private Node firstProblemField() {
        if (!currentProblem.getText().isEmpty()) {
            return current;
        }
        return nextProblem.getText().isEmpty() ? confirmation : next;
    }

    /** Grows the window to its content (a message shown under a field), so no text is ever cut short. */
    private void fitToContent() {
        root.applyCss();
        root.layout();
        stage.sizeToScene();
    }

    private void finished(PassphraseChange.Outcome outcome) {
        setWorking(false);
        progress.textProperty().unbind();
        progress.setText("");
        if (outcome instanceof PassphraseChange.Outcome.WrongCurrent) {
            current.clear();
            currentProblem.setText(TEXT.getString("lock.unlock.wrong"));
            current.requestFocus();
        } else if (outcome instanceof PassphraseChange.Outcome.Failed failed) {
            currentProblem.setText(failed.message());
            current.requestFocus();
        } else {
            showDone();
        }
        fitToContent();
    }

    private void showDone() {
        current.clear();
        next.clear();
        confirmation.clear();
        Label done = new Label(TEXT.getString("passchange.done"));
        done.setId("changeDone");
        done.getStyleClass().add("section-title");
        done.setWrapText(true);
        Label backups = new Label(MessageFormat.format(TEXT.getString(backupMade ? "passchange.done.backup"
                : "passchange.done.noBackup"), org.careplanner.store.AutomaticBackups.KEPT_FOR.toDays()));
        backups.setId("changeBackups");
        backups.setWrapText(true);
        Button close = new Button(TEXT.getString("passchange.close"));
        close.setId("closeChange");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> IdleLock.close(stage));
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().setAll(done, backups, buttons);
        stage.sizeToScene();
        close.requestFocus();
    }

    private void setWorking(boolean on) {
        working = on;
        window.setDisable(on);
        bar.setVisible(on);
        submit.setDisable(on);
        cancel.setDisable(on);
        current.setDisable(on);
        next.setDisable(on);
        confirmation.setDisable(on);
        fitToContent();
    }

    /** The dialog's window (tests look it up). */
    public Stage stage() {
        return stage;
    }
}
