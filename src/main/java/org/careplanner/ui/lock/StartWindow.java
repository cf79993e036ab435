package org.careplanner.ui.lock;

import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.careplanner.ui.Appearance;

/**
 * The first thing CarePlanner shows: the passphrase form, choosing one on first start, else asking for it.
 * The main window replaces it in the same stage once the store is open.
 */
public final class StartWindow {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.careplanner.ui.messages");

    private StartWindow() {
    }

    /**
     * @param firstStart whether the store has no passphrase yet (the form asks to choose one, typed twice)
     * @param open       opens the store with the passphrase typed (off the JavaFX thread)
     * @param onOpened   builds and shows the main window in {@code stage} (on the JavaFX thread)
     */
    public static PassphraseForm show(Stage stage, boolean firstStart, Appearance appearance, PassphraseCheck open,
                                      Runnable onOpened) {
        PassphraseForm form = new PassphraseForm(firstStart ? PassphraseForm.Purpose.CHOOSE
                : PassphraseForm.Purpose.OPEN, open, onOpened);
        StackPane centre = new StackPane(form.view());
        centre.setAlignment(Pos.CENTER);
        centre.getStyleClass().add("start-window");
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Scene scene = new Scene(scroll, 1100, 720);
        appearance.style(scene);
        stage.setTitle(TEXT.getString("app.title"));
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
        form.focus();
        return form;
    }
}
