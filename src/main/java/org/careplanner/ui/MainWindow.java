package org.careplanner.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.careplanner.ui.home.FileAsk;
import org.careplanner.ui.home.FileJobs;
import org.careplanner.ui.home.HomeScreen;
import org.careplanner.ui.home.PlanFiles;
import org.careplanner.ui.home.PlanLibrary;
import org.careplanner.ui.home.PlanShelf;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Person;
import org.careplanner.domain.PlanRules;
import org.careplanner.interview.ConversationProgress;
import org.careplanner.interview.ConversationStep;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.PlanSummary;
import org.careplanner.domain.Plan;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.ui.plan.Autosave;
import org.careplanner.ui.plan.CatalogueSource;
import org.careplanner.ui.plan.ConversationScreen;
import org.careplanner.ui.plan.PlanEditorViewModel;
import org.careplanner.ui.plan.PlanSaver;

/** The one main window: the home screen, and the conversation screen in its place when a plan is opened. */
public final class MainWindow {

    public static final ResourceBundle TEXT = ResourceBundle.getBundle("org.careplanner.ui.messages");

    private final BorderPane root = new BorderPane();
    private final PlanLibrary library;
    private final Optional<PlanSaver> saver;
    private final Appearance appearance;
    private final javafx.scene.control.MenuBar menus = new javafx.scene.control.MenuBar();
    /** A quiet line at the foot of the window for work going on in the background (the day's backup). */
    private final javafx.scene.control.Label status = new javafx.scene.control.Label();
    private final Optional<FileJobs> fileJobs;
    /** The home screen on show, if it is (the File menu's import reads its list again). */
    private Optional<HomeScreen> home = Optional.empty();
    private final Clock clock;
    private final BrokerPrompts prompts = BrokerPrompts.english();
    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());
    /**
     * Records where each plan's conversation was left, in order, after its saves. Not a daemon, so a step
     * recorded as the window closes is written before the store is closed; it ends itself when idle.
     */
    private static final java.util.concurrent.ThreadPoolExecutor STEP_WRITER = new java.util.concurrent
            .ThreadPoolExecutor(1, 1, 2, java.util.concurrent.TimeUnit.SECONDS,
            new java.util.concurrent.LinkedBlockingQueue<>(), r -> new Thread(r, "remember-step"));

    static {
        STEP_WRITER.allowCoreThreadTimeOut(true);
    }

    /** What to do before the window closes: save a plan that is open with changes waiting. */
    private Runnable beforeClosing = () -> { };
    /** Saves at once the changes waiting in the plan on show, if any (before the passphrase is changed). */
    private Runnable flushEdits = () -> { };
    /** The services the support step offers (App gives the store's catalogue). */
    private CatalogueSource catalogue = CatalogueSource.NONE;
    /** Signing, printing and saving a plan as PDF (App gives the services); empty: the editor offers none. */
    private Optional<org.careplanner.ui.sign.SigningDesk> signing = Optional.empty();
    /** Hides the window's content after a time without use; empty: the window never locks (screen tests). */
    private Optional<org.careplanner.ui.lock.IdleLock> idleLock = Optional.empty();

    /** A window with no store to save to (screen tests): plans are edited but not saved. */
    public MainWindow(PlanShelf shelf) {
        this(shelf, Optional.empty(), Clock.systemDefaultZone());
    }

    /**
     * @param saver where plans are saved as the broker types, off the JavaFX Application Thread; empty: nowhere
     * @param clock the time of a new plan and "today" for dates of birth
     */
    public MainWindow(PlanShelf shelf, Optional<PlanSaver> saver, Clock clock) {
        this(PlanLibrary.listing(shelf), saver, Optional.empty(), new Appearance(DisplaySettings.DEFAULT), clock);
    }

    /**
     * @param library    the plans store as the home screen uses it (search, open, start a review)
     * @param files      the File menu's long work (import, export, backup); empty: no File menu
     * @param appearance text size and contrast for the window and its dialogs
     */
    public MainWindow(PlanLibrary library, Optional<PlanSaver> saver, Optional<PlanFiles> files,
                      Appearance appearance, Clock clock) {
        this.library = library;
        this.saver = saver;
        this.clock = clock;
        this.appearance = appearance;
        this.fileJobs = files.map(f -> new FileJobs(f, FileAsk.withDialogs(() -> root.getScene().getWindow()),
                appearance, () -> root.getScene().getWindow(), () -> home.ifPresent(HomeScreen::refresh)));
        root.getStyleClass().add("main-window");
        menus.setId("menuBar");
        fileJobs.ifPresent(jobs -> menus.getMenus().add(jobs.menu()));
        menus.getMenus().add(appearance.menu());
        root.setTop(menus);
        status.setId("statusLine");
        status.getStyleClass().add("status-line");
        status.setWrapText(true);
        status.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        root.setBottom(status);
        showHome();
    }

    /** The File menu's work, for tests that answer the file dialogs themselves. */
    public Optional<FileJobs> fileJobs() {
        return fileJobs;
    }

    /** Offers these services in the support step of every plan opened after this call; returns this window. */
    public MainWindow withCatalogue(CatalogueSource services) {
        this.catalogue = services;
        return this;
    }

    /**
     * Locks the window after {@code idle} without use (issue 6): the content is hidden behind a pane asking for
     * the passphrase, which {@code check} tries off the JavaFX thread. The editor stays as it was underneath, so
     * unsaved edits are kept. Call before {@link #show}; returns this window.
     */
    public MainWindow withIdleLock(java.time.Duration idle, org.careplanner.ui.lock.PassphraseCheck check) {
        this.idleLock = Optional.of(new org.careplanner.ui.lock.IdleLock(root, idle, check));
        return this;
    }

    /**
     * Adds the Security menu ("Lock now", the idle time) for the lock {@link #withIdleLock} gave; a new idle time
     * is handed to {@code remember}. Returns this window.
     */
    public MainWindow withLockMenu(org.careplanner.ui.lock.LockSettings current,
                                   java.util.function.Consumer<org.careplanner.ui.lock.LockSettings> remember) {
        idleLock.ifPresent(lock -> menus.getMenus().add(lock.menu(current, remember)));
        return this;
    }

    /**
     * Adds "Change passphrase…" to the Security menu (after "Lock now"; the menu is made if there is none): a
     * dialog over this window that saves the open plan first, then has {@code change} re-encrypt the store with
     * this window disabled meanwhile. Returns this window.
     */
    public MainWindow withPassphraseChange(org.careplanner.ui.lock.PassphraseChange change) {
        javafx.scene.control.Menu security = menus.getMenus().stream().filter(m -> "securityMenu".equals(m.getId()))
                .findFirst().orElseGet(() -> {
                    javafx.scene.control.Menu made = new javafx.scene.control.Menu(TEXT.getString("security.menu"));
                    made.setId("securityMenu");
                    menus.getMenus().add(made);
                    return made;
                });
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                TEXT.getString("security.changePassphrase"));
        item.setId("changePassphraseItem");
        item.setOnAction(e -> org.careplanner.ui.lock.ChangePassphraseDialog.open(root.getScene().getWindow(), root,
                appearance, () -> flushEdits.run(), change));
        security.getItems().add(security.getItems().isEmpty() ? 0 : 1, item);
        return this;
    }

    /** The idle lock, if {@link #withIdleLock} gave one (tests shorten its time). */
    public Optional<org.careplanner.ui.lock.IdleLock> idleLock() {
        return idleLock;
    }

    /** On the JavaFX thread: says {@code text} in the status line at the foot of the window (empty: says nothing). */
    public void showStatus(String text) {
        status.setText(text);
    }

    /**
     * On the JavaFX thread: runs {@code then} once the home screen's first list of plans has come back (at once if
     * no home screen is on show), so background work starts after the broker sees the list.
     */
    public void whenHomeListed(Runnable then) {
        home.ifPresentOrElse(h -> h.whenListed(then), then);
    }

    /** On the JavaFX thread: the home screen's list read again, if it is on show (e.g. review dates brought up to date). */
    public void refreshHome() {
        home.ifPresent(HomeScreen::refresh);
    }

    /** Offers Sign…, Print… and Save as PDF… in the editor of every plan opened after this call; returns this. */
    public MainWindow withSigning(org.careplanner.ui.sign.SigningDesk desk) {
        this.signing = Optional.of(desk);
        return this;
    }

    /** The window's scene, made by {@link #prepare} or {@link #show}. */
    private Scene scene;

    /**
     * On the JavaFX thread, before {@link #show}: makes the scene and lays it out once (stylesheets read, every
     * control's skin made), so showing it later is quicker. App calls it while the store's key is derived (ADR 0027).
     * Returns this window.
     */
    public MainWindow prepare() {
        if (scene == null) {
            scene = new Scene(idleLock.<javafx.scene.Parent>map(org.careplanner.ui.lock.IdleLock::view)
                    .orElse(root), 1100, 720);
            // before the CSS makes the menu bar's skin, so this filter runs ahead of the menu bar's
            AltKeyChords.install(scene);
            appearance.style(scene);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        return this;
    }

    public void show(Stage stage) {
        prepare();
        // The idle lock's clock starts when the window shows, not when it was prepared.
        idleLock.ifPresent(lock -> lock.install(scene));
        stage.setTitle(TEXT.getString("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> beforeClosing.run());
        // Long work under way stops at its next check, so closing never waits for a whole import.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST,
                e -> fileJobs.ifPresent(FileJobs::cancelRunning));
        stage.show();
    }

    /**
     * When the store cannot be opened (in use elsewhere, damaged): say what happened and what to do; closing the
     * message runs {@code onClosed}. Not {@code showAndWait}: called from {@code Platform.startup}'s runnable, a
     * nested event loop there gets no render pulses and the dialog stays blank.
     */
    public static void showCannotOpen(String message, Runnable onClosed) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                message, javafx.scene.control.ButtonType.CLOSE);
        alert.setTitle(TEXT.getString("app.title"));
        alert.setHeaderText(TEXT.getString("store.cannotOpen.title"));
        alert.getDialogPane().setMinWidth(520);
        alert.setOnHidden(e -> onClosed.run());
        alert.show();
    }

    private void showHome() {
        beforeClosing = () -> { };
        flushEdits = () -> { };
        // The list is read after any save of the plan just left, so that plan is on it.
        PlanLibrary afterSaves = new PlanLibrary() {
            @Override
            public List<PlanSummary> search(PlanSearch query) {
                try {
                    Autosave.waitForSavesHandedOver();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return library.search(query);
            }

            @Override
            public Optional<Plan> latest(UUID planId) {
                return library.latest(planId);
            }

            @Override
            public Plan save(Plan plan) {
                return library.save(plan);
            }

            @Override
            public Optional<String> resumeStep(UUID planId) {
                return library.resumeStep(planId);
            }

            @Override
            public void rememberStep(UUID planId, String step) {
                library.rememberStep(planId, step);
            }

            @Override
            public void whenOpen(Runnable then) {
                library.whenOpen(then);
            }
        };
        HomeScreen screen = new HomeScreen(afterSaves, clock, this::openNewPlan, this::openPlan);
        home = Optional.of(screen);
        menus.getMenus().forEach(m -> m.setVisible(true));
        root.setCenter(scrolling(screen.view()));
    }

    /**
     * A screen in a scroll pane that fits it to the window when it can, and scrolls when it cannot (extra large
     * text on a small screen), so nothing is ever out of reach.
     */
    private static javafx.scene.Node scrolling(javafx.scene.Node screen) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(screen);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }

    /** Opens a plan read from the store in the conversation, at the step it was left at. */
    public void openPlan(Plan plan) {
        openPlan(plan, Optional.empty());
    }

    private void openPlan(Plan plan, Optional<String> recordedStep) {
        PlanEditorViewModel editor = new PlanEditorViewModel(plan, clock);
        Optional<ConversationStep> lastVisited = recordedStep.flatMap(MainWindow::stepNamed);
        List<org.careplanner.domain.Problem> problems = new PlanRules(ExclusionList.DEFAULT).check(plan);
        editor.currentStepProperty().set(ConversationProgress.of(plan, problems, lastVisited).resumeAt());
        editor.currentStepProperty().addListener((obs, old, step) -> rememberStep(plan.id(), step));
        showConversation(editor, plan.id());
    }

    private static Optional<ConversationStep> stepNamed(String name) {
        return java.util.Arrays.stream(ConversationStep.values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** Records the step off the JavaFX thread, after the saves already handed over (so a new plan is stored). */
    private void rememberStep(UUID planId, ConversationStep step) {
        STEP_WRITER.execute(() -> {
            try {
                Autosave.waitForSavesHandedOver();
                library.rememberStep(planId, step.name());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Only where to resume is lost: the plan opens at its first unfinished step instead.
                LOG.log(System.Logger.Level.WARNING, "Could not record the step of plan " + planId + ": "
                        + e.getClass().getSimpleName());
            }
        });
    }

    private void showConversation(PlanEditorViewModel editor, UUID planId) {
        home = Optional.empty();
        // The File menu's work is on every plan in the store (import, export, back up): the home screen's. In a plan
        // it is not shown at all, rather than shown disabled: a greyed menu that cannot open still held Alt+F and
        // told the broker nothing (ADR 0031).
        fileJobs.ifPresent(jobs -> menus.getMenus().get(0).setVisible(false));
        ConversationScreen conversation = new ConversationScreen(editor, saver, prompts, this::showHome, catalogue);
        signing.ifPresent(desk -> conversation.addHeaderActions(
                new org.careplanner.ui.sign.PlanPaperwork(editor, desk, conversation::leave).view()));
        // Hidden prompts stay hidden for the next plan and the next start (a choice of the broker's, ADR 0014).
        editor.promptsHiddenProperty().set(appearance.settingsProperty().get().promptsHidden());
        editor.promptsHiddenProperty().addListener((obs, was, hidden) ->
                appearance.choose(appearance.settingsProperty().get().withPromptsHidden(hidden)));
        flushEdits = conversation::leave;
        beforeClosing = () -> {
            conversation.leave();
            rememberStep(planId, editor.currentStepProperty().get());
        };
        root.setCenter(scrolling(conversation.view()));
    }

    private void openNewPlan() {
        Plan draft = Plan.newDraft(UUID.randomUUID(), Person.named("", ""), clock.instant());
        PlanEditorViewModel editor = new PlanEditorViewModel(draft, clock);
        editor.currentStepProperty().addListener((obs, old, step) -> rememberStep(draft.id(), step));
        showConversation(editor, draft.id());
    }
}
