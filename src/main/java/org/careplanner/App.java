package org.careplanner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.careplanner.domain.ExclusionList;
import org.careplanner.pricing.LineCost;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.pricing.ReviewDue;
import org.careplanner.pricing.ReviewSchedule;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.StoreException;
import org.careplanner.store.StoreSettings;
import org.careplanner.ui.Appearance;
import org.careplanner.ui.DisplaySettings;
import org.careplanner.ui.MainWindow;
import org.careplanner.ui.home.StoreLibrary;
import org.careplanner.ui.lock.PassphraseCheck;
import org.careplanner.ui.lock.StartWindow;

/**
 * The composition root: builds the services once and hands them to the window or the command line.
 * Nothing else in the program creates services.
 */
public final class App {

    private App() {
    }

    /**
     * What the store is opened with everywhere: the system clock, and the pricing package's review schedule, line
     * costs and whole assessment, so the store's review dates, finance CSV and import checks agree with what the
     * broker sees (an overspent plan marked agreed is refused on import).
     */
    static StoreSettings storeSettings(Clock clock) {
        PlanPricer pricer = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);
        ReviewSchedule reviews = new ReviewSchedule();
        return StoreSettings.defaults()
                .withClock(clock)
                .withNextReviewDate(plan -> reviews.next(plan, LocalDate.now(clock)).map(ReviewDue::dueDate)
                        .orElse(null))
                .withLineCosts(plan -> pricer.assess(plan, LocalDate.now(clock)).lines().stream()
                        .map(LineCost::annual).toList())
                .withPlanChecks(plan -> pricer.assess(plan, LocalDate.now(clock)).problems());
    }

    /**
     * Starts JavaFX and asks for the passphrase (on first start, to choose one); once the store opens, shows the
     * main window in its place. Returns at once; the window keeps the program running.
     */
    static void openWindow(Path dataDir, StoreSettings settings) {
        DataFolder folder = DataFolder.forThisProcess(dataDir);
        boolean firstStart;
        try {
            // Read here, on the launcher's thread, never on the JavaFX Application Thread.
            folder.createIfMissing();
            firstStart = !LocalStore.hasPassphrase(folder);
        } catch (StoreException e) {
            Platform.startup(() -> MainWindow.showCannotOpen(e.getMessage(), Platform::exit));
            return;
        }
        // The text size and contrast chosen last time (not personal: readable before the store is unlocked).
        Appearance appearance = Appearance.rememberedIn(folder.path().resolve(DisplaySettings.FILE_NAME));
        AtomicReference<LocalStore> opened = new AtomicReference<>();
        PassphraseCheck open = passphrase -> {
            try {
                LocalStore store = LocalStore.open(folder, settings.withPassphrase(passphrase));
                Runtime.getRuntime().addShutdownHook(new Thread(store::close, "close-store"));
                // Review dates of plans without a start date were worked out on the day they were saved.
                store.plans().refreshReviewDates();
                opened.set(store);
                return Optional.empty();
            } catch (StoreException e) {
                // A wrong passphrase, or a store in use elsewhere: said under the field, with another try.
                return Optional.of(e.getMessage());
            }
        };
        Platform.startup(() -> {
            Stage stage = new Stage();
            StartWindow.show(stage, firstStart, appearance, open, () -> showMainWindow(stage, opened.get(), appearance));
        });
    }

    private static void showMainWindow(Stage stage, LocalStore store, Appearance appearance) {
        StoreLibrary library = new StoreLibrary(store);
        new MainWindow(library, Optional.of(store.plans()::saveVersion), Optional.of(library),
                appearance, Clock.systemDefaultZone()).withCatalogue(store.catalogue()::entries).show(stage);
    }
}
