package org.careplanner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.careplanner.domain.ExclusionList;
import org.careplanner.pricing.LineCost;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.pricing.ReviewDue;
import org.careplanner.pricing.ReviewSchedule;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanStore;
import org.careplanner.store.RunningInstance;
import org.careplanner.store.SettingsFile;
import org.careplanner.store.StoreBackup;
import org.careplanner.store.StoreDamagedException;
import org.careplanner.store.StoreException;
import org.careplanner.store.StoreInUseException;
import org.careplanner.store.StoreSettings;
import org.careplanner.store.WrongPassphraseException;
import org.careplanner.ui.Appearance;
import org.careplanner.ui.DisplaySettings;
import org.careplanner.ui.MainWindow;
import org.careplanner.ui.lock.LockSettings;
import org.careplanner.ui.StartProblems;
import org.careplanner.ui.home.StoreLibrary;
import org.careplanner.ui.lock.PassphraseCheck;
import org.careplanner.ui.lock.StartWindow;
import org.careplanner.ui.plan.Autosave;

/**
 * The composition root: builds the services once and hands them to the window or the command line.
 * Nothing else in the program creates services.
 */
public final class App {

    private static final System.Logger LOG = System.getLogger(App.class.getName());

    private App() {
    }

    /**
     * What the store is opened with everywhere: the system clock, and the pricing package's review schedule, line
     * costs and whole assessment, so the store's review dates, finance CSV and import checks agree with what the
     * broker sees (an overspent plan marked agreed is refused on import).
     */
    static StoreSettings storeSettings(Clock clock) {
        // The pricer (its rates table read with Jackson, 600 classes) is made on first use, not before the
        // passphrase window: the warm-up makes it while the window waits for typing (ADR 0021).
        ReviewSchedule reviews = new ReviewSchedule();
        return StoreSettings.defaults()
                .withClock(clock)
                .withNextReviewDate(plan -> reviews.next(plan, LocalDate.now(clock)).map(ReviewDue::dueDate)
                        .orElse(null))
                .withLineCosts(plan -> DefaultPricer.get().assess(plan, LocalDate.now(clock)).lines().stream()
                        .map(LineCost::annual).toList())
                .withPlanChecks(plan -> DefaultPricer.get().assess(plan, LocalDate.now(clock)).problems());
    }

    /** The pricer with the default rates, made once, on first use. */
    private static final class DefaultPricer {
        private static final PlanPricer INSTANCE = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);

        private DefaultPricer() {
        }

        static PlanPricer get() {
            return INSTANCE;
        }
    }

    /**
     * While the passphrase window waits: H2's engine loaded, the key derivation's code compiled and the pricer made
     * ({@link LocalStore#warmUp}), on a daemon thread. No store file is touched before the passphrase. Once a
     * passphrase is given ({@code passphraseGiven}) only what the opening needs next (H2) is still done: the pricer
     * is then made on first use, after the home list (ADR 0027).
     */
    static void warmUpWhileWaiting(java.util.function.BooleanSupplier passphraseGiven) {
        Thread warm = new Thread(() -> {
            long t = System.nanoTime();
            LocalStore.warmUp(passphraseGiven);
            if (!passphraseGiven.getAsBoolean()) {
                DefaultPricer.get();
            }
            org.careplanner.store.StartTimes.took("warm-up", t);
        }, "warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** Sign…, Print… and Save as PDF… over the store: signing checked by the whole assessment (an overspend blocks). */
    static org.careplanner.ui.sign.SigningDesk signingDesk(LocalStore store) {
        Clock clock = Clock.systemUTC();
        // The one pricer, made on first use (or by the warm-up while the passphrase window waited), not a second
        // rates table read on the JavaFX thread as the main window is shown.
        return new org.careplanner.ui.sign.StoreSigningDesk(
                new org.careplanner.signing.PlanSigning(store.plans(), storeSettings(clock).planChecks(), clock),
                plan -> DefaultPricer.get().assess(plan, LocalDate.now(clock)));
    }

    /**
     * Starts JavaFX and asks for the passphrase (on first start, to choose one); once the store opens, shows the
     * main window in the same stage. A damaged store or one open elsewhere is said in a window of its own.
     * Returns at once; the window keeps the program running.
     */
    static void openWindow(Path dataDir, StoreSettings settings) {
        org.careplanner.store.StartTimes.mark("command line read");
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
        // The text size and contrast chosen last time (a file of its own, not personal: readable before the store
        // is unlocked, so the passphrase window and the problem windows look the same as the main one): read here,
        // on the launcher's thread, never on the JavaFX Application Thread (ADR 0038).
        long settingsRead = System.nanoTime();
        Appearance appearance = appearanceKeptIn(folder.path());
        org.careplanner.store.StartTimes.took("display settings read", settingsRead);
        // The lock's idle time is needed only by the main window: read once the passphrase window shows, on a thread
        // of its own (3-12 ms here, taken from the start when read before the window); taken by the passphrase check,
        // off the JavaFX thread, before the main window is made.
        java.util.concurrent.CompletableFuture<LockSettings> lockRead = new java.util.concurrent.CompletableFuture<>();
        AtomicReference<LockSettings> lock = new AtomicReference<>(LockSettings.DEFAULT);
        AtomicReference<LocalStore> opened = new AtomicReference<>();
        Stage[] start = new Stage[1];
        // The main window, built on the JavaFX thread while the key is derived on the checking thread (ADR 0027);
        // its list is read as soon as the store opens.
        java.util.concurrent.CompletableFuture<LocalStore> opening = new java.util.concurrent.CompletableFuture<>();
        AtomicReference<MainWindow> prepared = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean given = new java.util.concurrent.atomic.AtomicBoolean();
        PassphraseCheck open = passphrase -> {
            given.set(true);
            lock.set(lockRead.join());
            StoreSettings unlocked = settings.withPassphrase(passphrase);
            Platform.runLater(() -> {
                if (prepared.get() == null && !opening.isDone()) {
                    long t = System.nanoTime();
                    prepared.set(mainWindow(folder, opening, appearance, lock.get()).prepare());
                    org.careplanner.store.StartTimes.took("main window prepared", t);
                }
            });
            try {
                LocalStore store = open(folder, unlocked);
                opened.set(store);
                opening.complete(store);
                return Optional.empty();
            } catch (WrongPassphraseException e) {
                // The window prepared stays, waiting for the right passphrase.
                return Optional.of(e.getMessage());
            } catch (StoreDamagedException e) {
                // The prepared window is dropped: its list read stops waiting and fails quietly.
                opening.completeExceptionally(e);
                Platform.runLater(() -> {
                    start[0].hide();
                    StartProblems.damaged(new Stage(), appearance, e.latestBackup(),
                            () -> {
                                StoreBackup.restoreLatest(folder, unlocked);
                                return open(folder, unlocked);
                            }, store -> show(store, appearance, lock.get(), new Stage()), Platform::exit).show();
                });
                return Optional.of(e.getMessage());
            } catch (StoreInUseException e) {
                opening.completeExceptionally(e);
                boolean aWindowListens = RunningInstance.fileIn(folder).isPresent();
                Platform.runLater(() -> {
                    start[0].hide();
                    StartProblems.inUse(new Stage(), appearance, aWindowListens,
                            () -> {
                                if (!RunningInstance.askToShow(folder)) {
                                    throw new StoreException(MainWindow.TEXT.getString("inUse.noAnswer"));
                                }
                                return true;
                            }, Platform::exit).show();
                });
                return Optional.of(e.getMessage());
            } catch (StoreException e) {
                // Said under the passphrase field, with another try.
                return Optional.of(e.getMessage());
            }
        };
        org.careplanner.store.StartTimes.mark("appearance read");
        Platform.startup(() -> {
            org.careplanner.store.StartTimes.mark("JavaFX started");
            start[0] = new Stage();
            StartWindow.show(start[0], firstStart, appearance, open,
                    () -> show(opened.get(), prepared.get(), appearance, lock.get(), start[0]));
            org.careplanner.store.StartTimes.mark("start window shown");
            readLockSettingsLater(folder.path(), lockRead);
            warmUpWhileWaiting(given::get);
        });
    }

    /** The main window, once shown: a second start asks it to come to the front. */
    private static final AtomicReference<Stage> WINDOW = new AtomicReference<>();

    /**
     * Opens the store and listens for a second start. At the program's end the store is closed. The day's backup
     * ({@link #makeBackupIfDueLater}) and review dates ({@link #refreshReviewDatesLater}) come after the window
     * shows its list of plans, in the background (ADR 0022).
     */
    private static LocalStore open(DataFolder folder, StoreSettings settings) {
        LocalStore store = LocalStore.open(folder, settings);
        org.careplanner.store.StartTimes.mark("store open");
        Optional<RunningInstance> listening = RunningInstance.listen(store.folder(),
                () -> Platform.runLater(() -> bringToFront(WINDOW.get())));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            listening.ifPresent(RunningInstance::close);
            store.close();
        }, "close-store"));
        return store;
    }

    /**
     * On the JavaFX thread: the main window for the store {@code opening} will give, everything in it that needs
     * the store waiting for it: its list is read off the JavaFX thread once the store is open, and nothing else
     * uses the store before the window shows, which is only after it opened. Needs no key, so it can be built
     * while the key is derived (ADR 0027).
     */
    private static MainWindow mainWindow(DataFolder folder, java.util.concurrent.CompletableFuture<LocalStore> opening,
                                         Appearance appearance, LockSettings lockSettings) {
        StoreLibrary library = new StoreLibrary(opening);
        return new MainWindow(library, Optional.of(plan -> opening.join().plans().saveVersion(plan)),
                Optional.of(library), appearance, Clock.systemDefaultZone())
                .withCatalogue(() -> opening.join().catalogue().entries())
                .withIdleLock(lockSettings.idleTime(),
                        org.careplanner.ui.lock.IdleLock.checkWith(typed -> opening.join().isPassphrase(typed)))
                .withLockMenu(lockSettings, lockSettingsRememberedIn(folder.path()));
    }

    /** On the JavaFX thread: the main window for an opened store, in {@code stage} (after restoring a backup). */
    private static void show(LocalStore store, Appearance appearance, LockSettings lock, Stage stage) {
        show(store, null, appearance, lock, stage);
    }

    /**
     * On the JavaFX thread: shows the main window for an opened store in {@code stage}: {@code prepared} if one was
     * built for it while the key was derived, else one built now.
     */
    private static void show(LocalStore store, MainWindow prepared, Appearance appearance, LockSettings lock,
                             Stage stage) {
        MainWindow window = prepared != null ? prepared
                : mainWindow(store.folder(), java.util.concurrent.CompletableFuture.completedFuture(store), appearance,
                        lock);
        WINDOW.set(stage);
        window.withSigning(signingDesk(store))
                .withPassphraseChange(new org.careplanner.ui.lock.StorePassphraseChange(store));
        window.show(stage);
        org.careplanner.store.StartTimes.mark("main window shown");
        // Once the broker sees the list: both read or copy the whole store, and would only delay it.
        window.whenHomeListed(() -> {
            org.careplanner.store.StartTimes.mark("home listed");
            refreshReviewDatesLater(store.plans(), () -> Platform.runLater(window::refreshHome));
            makeBackupIfDueLater(store, text -> Platform.runLater(() -> window.showStatus(text)));
        });
        // The closing backup, after the last save: on a thread that is not a daemon, so the program ends only when
        // it is made. Not in a shutdown hook: H2 closes its database in one of its own, which may run first.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> new Thread(() -> {
            try {
                Autosave.waitForSavesHandedOver();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            store.automaticBackups().make(store);
        }, "closing-backup").start());
    }

    /**
     * Brings every plan's review date up to date (a rule that depends on today goes stale between saves: plans
     * without a start date had theirs worked out on the day they were saved), on a thread of its own so the home
     * screen shows first. Once a day: the day's first start reads every plan (about 25 s for 5,000), later starts
     * that day read none (ADR 0028); the list is usable meanwhile with the dates as last saved. When any date changed, {@code whenChanged} runs (the home list is read again). A failure
     * is logged and left for the next start: the dates stay as they were.
     */
    static Thread refreshReviewDatesLater(PlanStore plans, Runnable whenChanged) {
        Thread refresh = new Thread(() -> {
            try {
                if (plans.refreshReviewDates() > 0) {
                    whenChanged.run();
                }
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.WARNING, "Review dates not brought up to date: "
                        + e.getClass().getSimpleName());
            }
        }, "review-dates");
        // Each batch is its own transaction: ending the program midway loses nothing saved.
        refresh.setDaemon(true);
        refresh.start();
        return refresh;
    }

    /**
     * The day's automatic backup, if one is due (none made in the last day), on a thread of its own once the window
     * shows: it copies the whole store (37 s for 5,000 people), which before delayed the window once a day. The
     * store stays in use meanwhile: the backup is H2's {@code BACKUP TO} on a connection of its own, so saves go on
     * and are in the next backup. {@code say} is told "making", then "made" or "failed" (a failure is logged, and
     * the closing backup tries again); nothing when no backup is due. A daemon: a program ended part way leaves only
     * a ".partial" file, never read as a backup; the closing backup waits for this one, then makes its own.
     */
    static Thread makeBackupIfDueLater(LocalStore store, java.util.function.Consumer<String> say) {
        Thread backup = new Thread(() -> {
            var backups = store.automaticBackups();
            if (!backups.due()) {
                return;
            }
            say.accept(MainWindow.TEXT.getString("status.backup.making"));
            boolean made = backups.makeIfDue(store).isPresent() || !backups.due();
            say.accept(MainWindow.TEXT.getString(made ? "status.backup.made" : "status.backup.failed"));
        }, "opening-backup");
        backup.setDaemon(true);
        backup.start();
        return backup;
    }

    /**
     * The display settings kept in {@code dataFolder}'s {@code display.properties}, read now (call it off the JavaFX
     * thread), each later choice written back there by the Appearance's own writer thread. A missing or damaged file
     * gives the usual look.
     */
    public static Appearance appearanceKeptIn(Path dataFolder) {
        SettingsFile file = new SettingsFile(dataFolder.resolve(DisplaySettings.FILE_NAME),
                "CarePlanner display settings: text size, contrast and prompts only");
        return new Appearance(DisplaySettings.from(file.read()), keptIn(file, DisplaySettings::entries));
    }

    /** The lock's idle time kept in {@code dataFolder} (5 minutes when none or not readable). Off the JavaFX thread. */
    public static LockSettings lockSettingsKeptIn(Path dataFolder) {
        return LockSettings.from(lockFile(dataFolder).read());
    }

    /**
     * Reads the lock's idle time on a thread of its own into {@code into} (5 minutes should anything go wrong), so
     * neither the JavaFX thread nor the passphrase window waits for it.
     */
    static Thread readLockSettingsLater(Path dataFolder, java.util.concurrent.CompletableFuture<LockSettings> into) {
        Thread read = new Thread(() -> {
            long t = System.nanoTime();
            try {
                into.complete(lockSettingsKeptIn(dataFolder));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Lock settings not read: " + e.getClass().getSimpleName());
                into.complete(LockSettings.DEFAULT);
            }
            org.careplanner.store.StartTimes.took("lock settings read", t);
        }, "read-lock-settings");
        read.setDaemon(true);
        read.start();
        return read;
    }

    /** Writes a new idle time to {@code dataFolder}'s lock.properties; called on IdleLock's writer thread. */
    static java.util.function.Consumer<LockSettings> lockSettingsRememberedIn(Path dataFolder) {
        return keptIn(lockFile(dataFolder), LockSettings::entries);
    }

    private static SettingsFile lockFile(Path dataFolder) {
        return new SettingsFile(dataFolder.resolve(LockSettings.FILE_NAME),
                "CarePlanner: lock the window after this many minutes without use (1, 5, 15 or 30)");
    }

    /**
     * Writes a choice to {@code file}, for the next start; called on the choosing screen's writer thread, never the
     * JavaFX one. A file that cannot be written only loses that choice: logged (the file's name and what went wrong).
     */
    private static <T> java.util.function.Consumer<T> keptIn(SettingsFile file,
            java.util.function.Function<T, java.util.Map<String, String>> entries) {
        return chosen -> {
            try {
                file.write(entries.apply(chosen));
            } catch (java.io.IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Settings not written to {0}: {1}", file.name(),
                        e.getClass().getSimpleName());
            }
        };
    }

    private static void bringToFront(Stage stage) {
        if (stage == null) {
            return;
        }
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }
}
