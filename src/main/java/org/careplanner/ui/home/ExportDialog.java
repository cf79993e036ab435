package org.careplanner.ui.home;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.careplanner.exchange.TransferPassphrase;
import org.careplanner.security.PassphraseRule;
import org.careplanner.ui.Appearance;
import org.careplanner.ui.PassphraseFields;

/**
 * "Export all plans": how the file is written. Encrypted for moving to another laptop is the default and asks
 * for a transfer passphrase typed twice, under the same rule as the store's (at least 10 characters); plain JSON
 * stays for finance or other systems, with a plain warning that it is not encrypted. Shown without blocking; the
 * choice goes to {@code onChosen}, nothing when the broker cancels. See docs/decisions/0017.
 */
final class ExportDialog {

    /** What the broker chose: a passphrase for an encrypted file, or none for plain JSON. */
    record Choice(TransferPassphrase passphrase) {
        boolean encrypted() {
            return passphrase != null;
        }
    }

    private static final ButtonType CONTINUE = new ButtonType(TEXT.getString("file.export.continue"),
            ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ToggleGroup kind = new ToggleGroup();
    private final RadioButton encrypted = new RadioButton(TEXT.getString("file.export.kind.encrypted"));
    private final RadioButton plain = new RadioButton(TEXT.getString("file.export.kind.plain"));
    private final PassphraseFields fields = new PassphraseFields("file.export.transfer.passphrase", "transferPassphrase",
            "file.export.transfer.confirm", "transferPassphraseConfirm");
    private final PasswordField passphrase = fields.passphrase();
    private final PasswordField confirmation = fields.confirmation();
    private final Label message = new Label();
    private final Consumer<Choice> onChosen;

    ExportDialog(Window owner, Appearance appearance, Consumer<Choice> onChosen) {
        this.onChosen = onChosen;
        dialog.initOwner(owner);
        dialog.setTitle(TEXT.getString("file.export.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("exportDialog");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().addAll(CONTINUE, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(CONTINUE).setId("exportContinue");
        dialog.getDialogPane().lookupButton(CONTINUE).addEventFilter(ActionEvent.ACTION, this::continuePressed);
        dialog.getDialogPane().setMinWidth(560);
        dialog.setResultConverter(button -> button);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != CONTINUE) {
                clear();
            }
        });
        appearance.style(dialog.getDialogPane().getScene());
    }

    private Node content() {
        Label title = new Label(TEXT.getString("file.export.question"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        encrypted.setId("exportEncrypted");
        plain.setId("exportPlain");
        encrypted.setToggleGroup(kind);
        plain.setToggleGroup(kind);
        encrypted.setMnemonicParsing(true);
        plain.setMnemonicParsing(true);
        encrypted.setSelected(true);

        VBox transfer = new VBox(8);
        transfer.setPadding(new Insets(0, 0, 0, 28));
        Label explanation = new Label(TEXT.getString("file.export.transfer.explanation"));
        explanation.setWrapText(true);
        message.setId("transferMessage");
        message.getStyleClass().add("problem");
        message.setWrapText(true);
        message.setAccessibleRole(AccessibleRole.TEXT);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        transfer.getChildren().add(explanation);
        transfer.getChildren().addAll(fields.first());
        transfer.getChildren().addAll(fields.againAndRule());
        transfer.getChildren().add(message);
        transfer.disableProperty().bind(encrypted.selectedProperty().not());

        Label warning = new Label(TEXT.getString("file.export.plainWarning"));
        warning.setId("plainWarning");
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(plain.selectedProperty());
        warning.managedProperty().bind(plain.selectedProperty());
        // The window grows to show the warning (or a problem with the passphrase) whole, never cut short with "…".
        plain.selectedProperty().addListener((o, was, is) -> fitWindow());
        message.textProperty().addListener((o, was, is) -> fitWindow());
        VBox plainPart = new VBox(8, warning);
        plainPart.setPadding(new Insets(0, 0, 0, 28));

        for (Label wrapped : new Label[] {title, explanation, message, warning}) {
            wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its lines, never cut short with "…"
        }
        VBox root = new VBox(12, title, encrypted, transfer, plain, plainPart);
        root.setPadding(new Insets(8, 4, 4, 4));
        root.setPrefWidth(540);
        return root;
    }

    private void fitWindow() {
        javafx.application.Platform.runLater(() -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    void show() {
        dialog.show();
        passphrase.requestFocus();
    }

    /** Continue: a plain file needs nothing more; an encrypted one needs a passphrase that meets the rule, twice. */
    private void continuePressed(ActionEvent e) {
        if (plain.isSelected()) {
            dialog.setResult(CONTINUE);
            clear();
            org.careplanner.ui.lock.IdleLock.close(dialog);
            onChosen.accept(new Choice(null));
            e.consume();
            return;
        }
        char[] typed = passphrase.getText().toCharArray();
        char[] again = confirmation.getText().toCharArray();
        Optional<String> problem = PassphraseRule.problemWith(typed, again);
        Arrays.fill(again, '\0');
        if (problem.isPresent()) {
            Arrays.fill(typed, '\0');
            message.setText(problem.get());
            passphrase.requestFocus();
            e.consume();
            return;
        }
        TransferPassphrase chosen = TransferPassphrase.of(typed);
        Arrays.fill(typed, '\0');
        dialog.setResult(CONTINUE);
        clear();
        org.careplanner.ui.lock.IdleLock.close(dialog);
        e.consume();
        onChosen.accept(new Choice(chosen));
    }

    private void clear() {
        fields.clear();
        message.setText("");
    }
}
