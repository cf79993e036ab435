package org.careplanner.ui.lock;

import java.util.Arrays;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.careplanner.security.PassphraseRule;
import org.careplanner.ui.PassphraseFields;

/**
 * The passphrase form: choosing one on first start (typed twice, at least {@link PassphraseRule#MINIMUM_LENGTH}
 * characters), or typing it to open the store or unlock the window. A passphrase that does not work gets its
 * message under the field and another try; the check runs off the JavaFX thread with a busy indicator.
 */
public final class PassphraseForm {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.careplanner.ui.messages");
    private static final System.Logger LOG = System.getLogger(PassphraseForm.class.getName());

    /** What the form is for. */
    public enum Purpose { CHOOSE, OPEN, UNLOCK }

    private final Purpose purpose;
    private final PassphraseCheck check;
    private final Runnable onAccepted;
    private final VBox view = new VBox(12);
    private final PassphraseFields fields;
    private final PasswordField passphrase;
    private final PasswordField confirmation;
    private final Label message = new Label();
    private final Label explanation = new Label();
    private final Button submit = new Button();
    private final ProgressIndicator busy = new ProgressIndicator();

    /**
     * @param check      tries the passphrase (off the JavaFX thread)
     * @param onAccepted run on the JavaFX thread once the passphrase worked
     */
    public PassphraseForm(Purpose purpose, PassphraseCheck check, Runnable onAccepted) {
        this.purpose = purpose;
        this.check = check;
        this.onAccepted = onAccepted;
        fields = new PassphraseFields(purpose == Purpose.CHOOSE ? "lock.newPassphrase" : "lock.passphrase", "passphrase",
                "lock.confirm", "passphraseConfirm");
        passphrase = fields.passphrase();
        confirmation = fields.confirmation();
        view.getStyleClass().add("passphrase-form");
        view.setId("passphraseForm");
        view.setPadding(new Insets(32));
        view.setMaxWidth(560);
        view.setAlignment(Pos.CENTER_LEFT);
        addTitleAndExplanation();
        addFields();
        addMessageAndButton();
    }

    private void addTitleAndExplanation() {
        String key = "lock." + purpose.name().toLowerCase(java.util.Locale.ROOT);
        Label title = new Label(TEXT.getString(key + ".title"));
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        explanation.setText(TEXT.getString(key + ".explanation"));
        explanation.setId("passphraseExplanation");
        explanation.setWrapText(true);
        view.getChildren().addAll(title, explanation);
    }

    private void addFields() {
        view.getChildren().addAll(fields.first());
        if (purpose == Purpose.CHOOSE) {
            view.getChildren().addAll(fields.againAndRule());
        }
    }

    private void addMessageAndButton() {
        message.setId("passphraseMessage");
        message.getStyleClass().add("problem");
        message.setWrapText(true);
        message.setAccessibleRole(AccessibleRole.TEXT);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        submit.setId("unlock");
        submit.setText(TEXT.getString("lock." + purpose.name().toLowerCase(java.util.Locale.ROOT) + ".button"));
        submit.getStyleClass().add("accent");
        if (purpose == Purpose.UNLOCK) {
            // The lock pane sits hidden in the main window's scene: as a default button it would take Enter from
            // the screens under it (e.g. "New plan"). Enter in the field unlocks instead.
            passphrase.setOnAction(e -> submit());
        } else {
            submit.setDefaultButton(true);
        }
        submit.setOnAction(e -> submit());
        busy.setVisible(false);
        busy.setPrefSize(24, 24);
        HBox row = new HBox(12, submit, busy);
        row.setAlignment(Pos.CENTER_LEFT);
        view.getChildren().addAll(message, row);
    }

    public Node view() {
        return view;
    }

    /** Puts the cursor in the passphrase field. */
    public void focus() {
        Platform.runLater(passphrase::requestFocus);
    }

    /** Says why the form is shown (the lock pane: locked by the broker, or after a time without use). */
    public void explain(String why) {
        explanation.setText(why);
    }

    /** Empties the fields and the message (the lock pane is used again each time the window locks). */
    public void reset() {
        fields.clear();
        message.setText("");
        setBusy(false);
    }

    private void submit() {
        char[] typed = passphrase.getText().toCharArray();
        if (purpose == Purpose.CHOOSE) {
            char[] again = confirmation.getText().toCharArray();
            Optional<String> problem = PassphraseRule.problemWith(typed, again);
            Arrays.fill(again, '\0');
            if (problem.isPresent()) {
                Arrays.fill(typed, '\0');
                message.setText(problem.get());
                passphrase.requestFocus();
                return;
            }
        } else if (typed.length == 0) {
            message.setText(TEXT.getString("lock.empty"));
            return;
        }
        setBusy(true);
        message.setText("");
        Thread worker = new Thread(() -> {
            Optional<String> outcome;
            try {
                outcome = check.tryPassphrase(typed);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Passphrase check failed: " + e.getClass().getSimpleName());
                outcome = Optional.of(TEXT.getString("lock.failed"));
            } finally {
                Arrays.fill(typed, '\0');
            }
            Optional<String> result = outcome;
            Platform.runLater(() -> finished(result));
        }, "passphrase-check");
        worker.setDaemon(true);
        worker.start();
    }

    private void finished(Optional<String> problem) {
        setBusy(false);
        if (problem.isPresent()) {
            message.setText(problem.get());
            passphrase.clear();
            passphrase.requestFocus();
            return;
        }
        fields.clear();
        onAccepted.run();
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        submit.setDisable(on);
        passphrase.setDisable(on);
        confirmation.setDisable(on);
    }
}
