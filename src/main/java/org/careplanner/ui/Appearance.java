package org.careplanner.ui;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The display settings in force for the whole program: applied at once to every scene styled through
 * {@link #style(Scene)} (the main window and its dialogs), chosen from the "View" menu, and remembered in the
 * settings file when there is one.
 */
public final class Appearance {

    private static final String STYLESHEET = Objects.requireNonNull(
            MainWindow.class.getResource("careplanner.css"), "careplanner.css").toExternalForm();
    private static final String HIGH_CONTRAST = "high-contrast";

    private final ReadOnlyObjectWrapper<DisplaySettings> settings;
    private final Optional<Consumer<DisplaySettings>> save;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "save-display-settings");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Void> lastSave = CompletableFuture.completedFuture(null);

    /** Settings that are not saved anywhere (screen tests). */
    public Appearance(DisplaySettings initial) {
        this(initial, Optional.empty());
    }

    /**
     * Settings read before (off the JavaFX thread), each change handed to {@code save} on a writer thread of their
     * own, one at a time in the order chosen. {@code save} writes the settings file (App's wiring); a failure there
     * only loses the look, and is for it to log.
     */
    public Appearance(DisplaySettings initial, Consumer<DisplaySettings> save) {
        this(initial, Optional.of(save));
    }

    private Appearance(DisplaySettings initial, Optional<Consumer<DisplaySettings>> save) {
        this.settings = new ReadOnlyObjectWrapper<>(initial);
        this.save = save;
    }

    public ReadOnlyObjectProperty<DisplaySettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Changes the settings for every styled scene now, and saves them in the background. */
    public void choose(DisplaySettings chosen) {
        if (chosen.equals(settings.get())) {
            return;
        }
        settings.set(chosen);
        // Writing a file: never on the JavaFX thread (STYLE.md, convention 4).
        save.ifPresent(s -> lastSave = CompletableFuture.runAsync(() -> s.accept(chosen), writer));
    }

    /** Waits for the last save of the settings to finish (tests, and before the program ends). */
    public void awaitSaved() {
        lastSave.join();
    }

    /** Gives a scene the app's stylesheet and keeps its root in step with the settings. */
    public void style(Scene scene) {
        scene.getStylesheets().add(STYLESHEET);
        apply(scene.getRoot(), settings.get());
        // Held by the scene, weakly by the settings: a closed dialog's scene can be collected.
        javafx.beans.value.ChangeListener<DisplaySettings> follow = (obs, old, now) -> apply(scene.getRoot(), now);
        scene.getProperties().put(Appearance.class, follow);
        settings.addListener(new javafx.beans.value.WeakChangeListener<>(follow));
    }

    private static void apply(Parent root, DisplaySettings s) {
        List<String> classes = root.getStyleClass();
        for (DisplaySettings.TextSize size : DisplaySettings.TextSize.values()) {
            classes.remove(size.styleClass());
        }
        classes.remove(HIGH_CONTRAST);
        if (!s.textSize().styleClass().isEmpty()) {
            classes.add(s.textSize().styleClass());
        }
        if (s.highContrast()) {
            classes.add(HIGH_CONTRAST);
        }
    }

    /** The "View" menu: text size (normal, large, extra large) and high contrast, each with a mnemonic. */
    public Menu menu() {
        Menu view = new Menu(TEXT.getString("view.menu"));
        view.setId("viewMenu");
        ToggleGroup sizes = new ToggleGroup();
        for (DisplaySettings.TextSize size : DisplaySettings.TextSize.values()) {
            RadioMenuItem item = new RadioMenuItem(TEXT.getString("view.size." + size.name().toLowerCase(
                    java.util.Locale.ROOT)));
            item.setId("textSize" + size.name());
            item.setToggleGroup(sizes);
            item.setSelected(settings.get().textSize() == size);
            item.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    choose(settings.get().withTextSize(size));
                }
            });
            settings.addListener((obs, old, now) -> item.setSelected(now.textSize() == size));
            view.getItems().add(item);
        }
        CheckMenuItem contrast = new CheckMenuItem(TEXT.getString("view.highContrast"));
        contrast.setId("highContrast");
        contrast.setSelected(settings.get().highContrast());
        contrast.selectedProperty().addListener((obs, was, now) -> choose(settings.get().withHighContrast(now)));
        settings.addListener((obs, old, now) -> contrast.setSelected(now.highContrast()));
        view.getItems().addAll(new SeparatorMenuItem(), contrast);
        return view;
    }
}
