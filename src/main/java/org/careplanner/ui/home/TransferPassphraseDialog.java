package org.careplanner.ui.home;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.careplanner.exchange.TransferPassphrase;
import org.careplanner.ui.Appearance;

/**
 * Importing an encrypted transfer file: asks for the passphrase its maker told the broker. After a wrong one it
 * is shown again with what went wrong; Cancel imports nothing. The passphrase is tried off the JavaFX thread by
 * the import itself (deriving the key takes about a second).
 */
final class TransferPassphraseDialog {

    private static final ButtonType OPEN = new ButtonType(TEXT.getString("file.import.transfer.button"),
            ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final PasswordField passphrase = org.careplanner.ui.FieldInput.install(new PasswordField(), org.careplanner.ui.FieldInput.Kind.PASSPHRASE);
    private final Label message = new Label();

    /**
     * @param problem  what went wrong with the last passphrase typed, or null the first time
     * @param onGiven  gets the passphrase typed (on the JavaFX thread); not called on Cancel
     */
    TransferPassphraseDialog(Window owner, Appearance appearance, String fileName, String problem,
                             Consumer<TransferPassphrase> onGiven) {
        dialog.initOwner(owner);
        dialog.setTitle(TEXT.getString("file.import.transfer.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("transferPassphraseDialog");
        Label explanation = new Label(MessageFormat.format(TEXT.getString("file.import.transfer.explanation"), fileName));
        explanation.setWrapText(true);
        Label label = new Label(TEXT.getString("file.export.transfer.passphrase"));
        label.setLabelFor(passphrase);
        passphrase.setId("transferPassphrase");
        passphrase.setAccessibleText(label.getText());
        message.setId("transferMessage");
        message.getStyleClass().add("problem");
        message.setWrapText(true);
        message.setAccessibleRole(AccessibleRole.TEXT);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.setText(problem == null ? "" : problem);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox root = new VBox(10, explanation, label, passphrase,
                org.careplanner.ui.FieldInput.messageOf(passphrase).orElseThrow(), message);
        root.setPadding(new Insets(8, 4, 4, 4));
        root.setPrefWidth(500);
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(OPEN).setId("transferOpen");
        dialog.getDialogPane().lookupButton(OPEN).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            char[] typed = passphrase.getText().toCharArray();
            if (typed.length == 0) {
                message.setText(TEXT.getString("lock.empty"));
                return;
            }
            TransferPassphrase given = TransferPassphrase.of(typed);
            Arrays.fill(typed, '\0');
            passphrase.clear();
            dialog.setResult(OPEN);
            org.careplanner.ui.lock.IdleLock.close(dialog);
            onGiven.accept(given);
        });
        dialog.setResultConverter(button -> button);
        dialog.setOnHidden(e -> passphrase.clear());
        dialog.getDialogPane().setMinWidth(520);
        appearance.style(dialog.getDialogPane().getScene());
    }

    void show() {
        dialog.show();
        passphrase.requestFocus();
    }
}
