package org.careplanner.ui;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;

/**
 * A passphrase typed twice, with the strength rule under it: the labelled pair of bounded fields that the first
 * start, the lock pane (its first field only) and the export dialog's transfer passphrase share, so the rule's hint,
 * the labels read aloud and the bounds are the same wherever a passphrase is chosen.
 */
public final class PassphraseFields {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.careplanner.ui.messages");

    private final PasswordField passphrase = FieldInput.install(new PasswordField(), FieldInput.Kind.PASSPHRASE);
    private final PasswordField confirmation = FieldInput.install(new PasswordField(), FieldInput.Kind.PASSPHRASE);
    private final Label passphraseLabel;
    private final Label confirmationLabel;

    /**
     * @param passphraseKey   the message key of the first field's label
     * @param passphraseId    the first field's id
     * @param confirmationKey the message key of the second field's label ("Type it again")
     * @param confirmationId  the second field's id
     */
    public PassphraseFields(String passphraseKey, String passphraseId, String confirmationKey, String confirmationId) {
        passphraseLabel = labelled(passphrase, TEXT.getString(passphraseKey), passphraseId);
        confirmationLabel = labelled(confirmation, TEXT.getString(confirmationKey), confirmationId);
    }

    private static Label labelled(PasswordField field, String text, String id) {
        Label label = new Label(text);
        label.setLabelFor(field);
        field.setId(id);
        field.setAccessibleText(text);
        return label;
    }

    /** The strength rule in muted words, shown whole (never cut short with "…"). */
    public static Label ruleHint() {
        Label rule = new Label(TEXT.getString("lock.rule"));
        rule.getStyleClass().add("muted");
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        return rule;
    }

    public PasswordField passphrase() {
        return passphrase;
    }

    public PasswordField confirmation() {
        return confirmation;
    }

    /** The first field, its label and the line that says why an edit was refused. */
    public List<Node> first() {
        return List.of(passphraseLabel, passphrase, FieldInput.messageOf(passphrase).orElseThrow());
    }

    /** The second field, its label, its refusal line and the rule's hint under them. */
    public List<Node> againAndRule() {
        return List.of(confirmationLabel, confirmation, FieldInput.messageOf(confirmation).orElseThrow(), ruleHint());
    }

    /** Both fields emptied. */
    public void clear() {
        passphrase.clear();
        confirmation.clear();
    }
}
