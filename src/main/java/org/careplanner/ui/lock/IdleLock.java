package org.careplanner.ui.lock;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;

/**
 * Locks the window after a time without use: the plan content is hidden (and disabled, so no shortcut reaches
 * it) behind a pane that asks for the passphrase. Nothing is closed or thrown away: unsaved edits stay in their
 * fields, and saves already handed over carry on. Any key, mouse or touch event counts as use.
 */
public final class IdleLock {

    private final Node content;
    private final StackPane view;
    private final StackPane lockPane;
    private final PassphraseForm form;
    private final PauseTransition timer = new PauseTransition();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private Node focusedBefore;

    /**
     * @param content what to hide (the whole window's content, menus included)
     * @param idle    how long without use before it locks
     * @param check   checks the passphrase typed on the lock pane (off the JavaFX thread)
     */
    public IdleLock(Parent content, Duration idle, PassphraseCheck check) {
        this.content = content;
        content.setId("lockedContent");
        this.form = new PassphraseForm(PassphraseForm.Purpose.UNLOCK, check, this::unlock);
        lockPane = new StackPane(form.view());
        lockPane.setId("lockPane");
        lockPane.getStyleClass().add("lock-pane");
        lockPane.setAlignment(Pos.CENTER);
        lockPane.setVisible(false);
        view = new StackPane(content, lockPane);
        setIdleTime(idle);
        timer.setOnFinished(e -> lockNow());
    }

    /**
     * The lock pane's check: whether the typed passphrase is the store's ({@code isPassphrase}, e.g. the open
     * store's salt check), with the message for one that is not.
     */
    public static PassphraseCheck checkWith(java.util.function.Predicate<char[]> isPassphrase) {
        java.util.ResourceBundle text = java.util.ResourceBundle.getBundle("org.careplanner.ui.messages");
        return typed -> isPassphrase.test(typed) ? java.util.Optional.empty()
                : java.util.Optional.of(text.getString("lock.unlock.wrong"));
    }

    /**
     * The Security menu: "Lock now" (Ctrl+L) and how long to wait without use before locking; a choice takes
     * effect at once and is handed to {@code remember} (App writes it to lock.properties).
     */
    public javafx.scene.control.Menu menu(LockSettings current, java.util.function.Consumer<LockSettings> remember) {
        java.util.ResourceBundle text = java.util.ResourceBundle.getBundle("org.careplanner.ui.messages");
        javafx.scene.control.Menu menu = new javafx.scene.control.Menu(text.getString("security.menu"));
        menu.setId("securityMenu");
        javafx.scene.control.MenuItem now = new javafx.scene.control.MenuItem(text.getString("security.lockNow"));
        now.setId("lockNow");
        now.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+L"));
        now.setOnAction(e -> lockNow());
        menu.getItems().addAll(now, new javafx.scene.control.SeparatorMenuItem());
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (int minutes : LockSettings.CHOICES) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    java.text.MessageFormat.format(text.getString("security.lockAfter"), minutes));
            item.setId("lockAfter" + minutes);
            item.setToggleGroup(group);
            item.setSelected(minutes == current.idleMinutes());
            item.setOnAction(e -> {
                LockSettings chosen = new LockSettings(minutes);
                setIdleTime(chosen.idleTime());
                remember.accept(chosen);
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The window's root: the content with the lock pane over it. */
    public Parent view() {
        return view;
    }

    /** Watches the scene for use and starts counting. */
    public void install(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (!locked.get()) {
                timer.playFromStart();
            }
        });
        timer.playFromStart();
    }

    public void setIdleTime(Duration idle) {
        timer.setDuration(javafx.util.Duration.millis(idle.toMillis()));
        if (!locked.get() && timer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            timer.playFromStart();
        }
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Locks at once (the Security menu's "Lock now", or the idle time ran out). */
    public void lockNow() {
        if (locked.get()) {
            return;
        }
        timer.stop();
        focusedBefore = view.getScene() == null ? null : view.getScene().getFocusOwner();
        content.setDisable(true);
        content.setVisible(false);
        form.reset();
        lockPane.setVisible(true);
        locked.set(true);
        form.focus();
    }

    private void unlock() {
        lockPane.setVisible(false);
        content.setVisible(true);
        content.setDisable(false);
        locked.set(false);
        if (focusedBefore != null) {
            focusedBefore.requestFocus();
        }
        timer.playFromStart();
    }
}
