package org.careplanner.ui;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keeps an Alt+letter shortcut from leaving the menu bar highlighted. JavaFX's menu bar highlights its first menu
 * when Alt is released after being pressed alone; it tells "alone" by watching for another key press, but a press
 * that fires a shortcut is used up before the menu bar sees it. So after every Alt+letter that did its work the
 * File menu was left highlighted, and the next Alt key only took the highlight off. Here the window sees the
 * presses first, and the release of an Alt that was held for another key stops at the scene, before the menu bar;
 * Alt pressed and released alone still opens the menus from the keyboard.
 *
 * <p>It also clears out shortcuts no control holds any more. JavaFX files each shortcut under its letter as written
 * ("_Hide prompts" under H, "S_how prompts" under h), keeps a letter's entry when its last control leaves the
 * screen, and on Alt+H tries only the first entry that matches, in no set order: an emptied H could hide a live h,
 * so Alt+H hid the prompts and then did nothing. Emptied entries are removed as Alt+letter is pressed, before
 * JavaFX looks.
 */
final class AltKeyChords {

    private boolean altDown;
    private boolean otherKeyWhileAltDown;

    private AltKeyChords() {
    }

    /**
     * Installs on the scene, and on its window once it has one. Call before the scene's CSS is first applied (which
     * makes the menu bar's skin), so the scene's filter comes ahead of the menu bar's.
     */
    static void install(Scene scene) {
        AltKeyChords chords = new AltKeyChords();
        scene.addEventFilter(KeyEvent.KEY_RELEASED, chords.released());
        EventHandler<KeyEvent> pressed = chords.pressed();
        EventHandler<KeyEvent> emptied = e -> {
            if (e.isAltDown()) {
                scene.getMnemonics().entrySet().removeIf(entry -> entry.getValue().isEmpty());
            }
        };
        scene.windowProperty().addListener((obs, old, window) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
                old.removeEventFilter(KeyEvent.KEY_PRESSED, emptied);
            }
            if (window != null) {
                window.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
                window.addEventFilter(KeyEvent.KEY_PRESSED, emptied);
            }
        });
    }

    private EventHandler<KeyEvent> pressed() {
        return e -> {
            if (e.getCode() == KeyCode.ALT || e.getCode() == KeyCode.ALT_GRAPH) {
                if (!altDown) {
                    otherKeyWhileAltDown = false;
                }
                altDown = true;
            } else if (altDown || e.isAltDown()) {
                otherKeyWhileAltDown = true;
            }
        };
    }

    private EventHandler<KeyEvent> released() {
        return e -> {
            if (e.getCode() == KeyCode.ALT || e.getCode() == KeyCode.ALT_GRAPH) {
                if (otherKeyWhileAltDown) {
                    e.consume();
                }
                altDown = false;
                otherKeyWhileAltDown = false;
            }
        };
    }
}
