package org.careplanner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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

    /** Sign…, Print… and Save as PDF… over the store: signing checked by the whole assessment (an overspend blocks). */
    static org.careplanner.ui.sign.SigningDesk signingDesk(LocalStore store, StoreSettings settings) {
        PlanPricer pricer = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);
        return new org.careplanner.ui.sign.StoreSigningDesk(
                new org.careplanner.signing.PlanSigning(store.plans(), settings.planChecks(), settings.clock()),
                plan -> pricer.assess(plan, LocalDate.now(settings.clock())));
    }

    /** Starts JavaFX and shows the main window; returns at once, the window keeps the program running. */
    static void openWindow(Path dataDir, StoreSettings settings) {
        LocalStore store;
        try {
            // Opened here, on the launcher's thread, never on the JavaFX Application Thread.
            store = LocalStore.open(DataFolder.forThisProcess(dataDir), settings);
        } catch (StoreException e) {
            Platform.startup(() -> MainWindow.showCannotOpen(e.getMessage(), Platform::exit));
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "close-store"));
        // Review dates of plans without a start date were worked out on the day they were saved.
        store.plans().refreshReviewDates();
        // Read here too, off the JavaFX thread: the text size and contrast chosen last time.
        Appearance appearance = Appearance.rememberedIn(store.folder().path().resolve(DisplaySettings.FILE_NAME));
        StoreLibrary library = new StoreLibrary(store);
        Platform.startup(() -> new MainWindow(library, Optional.of(store.plans()::saveVersion), Optional.of(library),
                appearance, Clock.systemDefaultZone()).withCatalogue(store.catalogue()::entries)
                .withSigning(signingDesk(store, settings)).show(new Stage()));
    }
}
