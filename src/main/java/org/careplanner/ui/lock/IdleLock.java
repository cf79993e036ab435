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
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Locks the window after a time without use: the plan content is hidden (and disabled, so no shortcut reaches
 * it) behind a pane that asks for the passphrase. Nothing is closed or thrown away: unsaved edits stay in their
 * fields, and saves already handed over carry on. Any key, mouse or touch event in the window or in one of its
 * dialogs counts as use.
 *
 * <p>The window's dialogs (Sign…, a progress window, a message) would show plan content over the lock, and a modal
 * one would keep the passphrase from being typed: locking hides them, and any shown while locked, and unlocking
 * shows them again as they were. Menus and pop-up lists are closed. A dialog whose work ends while it is hidden
 * closes itself with {@link #close(Stage)}, so it is not brought back.
 */
public final class IdleLock {

    private static final java.util.ResourceBundle TEXT = java.util.ResourceBundle.getBundle("org.careplanner.ui.messages");

    private final Node content;
    private final StackPane view;
    private final StackPane lockPane;
    private final PassphraseForm form;
    private final PauseTransition timer = new PauseTransition();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private Node focusedBefore;
    /** The window's dialogs hidden by the lock, to show again at unlock. */
    private final java.util.List<Stage> hidden = new java.util.ArrayList<>();
    /** The windows whose use is already watched. */
    private final java.util.Set<Window> watched = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private static final String HIDDEN_BY_LOCK = IdleLock.class.getName() + ".hidden";
    /** One at a time, in the order chosen, so the last choice is the one kept. */
    private static final java.util.concurrent.Executor SETTINGS_WRITER =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "lock-settings-writer");
                t.setDaemon(true);
                return t;
            });

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
        timer.setOnFinished(e -> lock(TEXT.getString("lock.unlock.explanation")));
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
     * effect at once and is handed to {@code remember} (App writes it to lock.properties) off the JavaFX thread.
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
                // remembering writes a file: never on the JavaFX thread (STYLE.md, convention 4)
                SETTINGS_WRITER.execute(() -> remember.accept(chosen));
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The window's root: the content with the lock pane over it. */
    public Parent view() {
        return view;
    }

    /** Watches the scene, and every dialog of its window as it is shown, for use; and starts counting. */
    public void install(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, e -> used());
        Window.getWindows().addListener((javafx.collections.ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::dialogShown);
            }
        });
        timer.playFromStart();
    }

    private void used() {
        if (!locked.get()) {
            timer.playFromStart();
        }
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    /** Whether {@code w} is a dialog of the locked window (owned by it, directly or through another dialog). */
    private boolean isDialogOfTheWindow(Window w) {
        Window main = window();
        if (main == null || w == main) {
            return false;
        }
        for (Window owner = ownerOf(w); owner != null; owner = ownerOf(owner)) {
            if (owner == main) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window w) {
        if (w instanceof Stage s) {
            return s.getOwner();
        }
        return w instanceof PopupWindow p ? p.getOwnerWindow() : null;
    }

    private void dialogShown(Window w) {
        if (!isDialogOfTheWindow(w)) {
            return;
        }
        if (watched.add(w)) {
            w.addEventFilter(InputEvent.ANY, e -> used());
        }
        if (locked.get()) {
            // Shown while locked (e.g. the summary of work that ended meanwhile): hidden until unlocked. Later,
            // not at once: a window cannot be hidden while it is being shown.
            javafx.application.Platform.runLater(() -> {
                if (locked.get()) {
                    hide(w);
                }
            });
        }
    }

    private void hide(Window w) {
        if (!w.isShowing()) {
            return;
        }
        w.hide();
        if (w instanceof Stage s) {
            s.getProperties().put(HIDDEN_BY_LOCK, Boolean.TRUE);
            hidden.add(s);
        }
    }

    /**
     * Closes a dialog for good: also one the lock has hidden for now, which is then not shown again at unlock
     * (a dialog whose work ended while the window was locked).
     */
    public static void close(Stage dialog) {
        dialog.getProperties().remove(HIDDEN_BY_LOCK);
        dialog.close();
    }

    /** {@link #close(Stage)} for a JavaFX {@link javafx.scene.control.Dialog} (its window is the stage). */
    public static void close(javafx.scene.control.Dialog<?> dialog) {
        javafx.scene.Scene scene = dialog.getDialogPane().getScene();
        if (scene != null && scene.getWindow() instanceof Stage stage) {
            stage.getProperties().remove(HIDDEN_BY_LOCK);
        }
        dialog.close();
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

    /** Locks at once: the broker chose "Lock now" (the lock pane says so, rather than speak of a time unused). */
    public void lockNow() {
        lock(TEXT.getString("lock.unlock.explanation.now"));
    }

    private void lock(String why) {
        if (locked.get()) {
            return;
        }
        timer.stop();
        focusedBefore = view.getScene() == null ? null : view.getScene().getFocusOwner();
        // Dialogs last shown first hidden, so each is shown again over the one it was over.
        java.util.List<Window> dialogs = new java.util.ArrayList<>(Window.getWindows().filtered(this::isDialogOfTheWindow));
        java.util.Collections.reverse(dialogs);
        dialogs.forEach(this::hide);
        form.explain(why);
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
        java.util.List<Stage> again = new java.util.ArrayList<>(hidden);
        java.util.Collections.reverse(again);
        hidden.clear();
        for (Stage s : again) {
            if (s.getProperties().remove(HIDDEN_BY_LOCK) != null) {
                s.show();
            }
        }
        timer.playFromStart();
    }
}
