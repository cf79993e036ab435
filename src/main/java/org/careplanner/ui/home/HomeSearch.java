package org.careplanner.ui.home;

import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.careplanner.domain.PlanStatus;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.PlanSummary;

/**
 * The home list's search as the broker types: the text, the review filter and the status; each change waits a
 * moment ({@link #QUIET_TIME}) then asks the library off the JavaFX thread. Answers can come back in any order:
 * only the newest question's answer is shown. Needs no window.
 */
final class HomeSearch {

    /** How long after the last keystroke the search runs. */
    static final Duration QUIET_TIME = Duration.millis(250);

    private static final System.Logger LOG = System.getLogger(HomeSearch.class.getName());

    /**
     * Two daemon threads for searches (a search never holds the program open): a newer question does not wait
     * behind a slow older one, so answers can arrive out of order and only the newest is shown.
     */
    private static final ThreadPoolExecutor SEARCHER = new ThreadPoolExecutor(2, 2, 2, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "search-plans");
                t.setDaemon(true);
                return t;
            });

    static {
        SEARCHER.allowCoreThreadTimeOut(true);
    }

    private final PlanLibrary library;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<PlanSearch.ReviewWindow> review = new SimpleObjectProperty<>(PlanSearch.ReviewWindow.ANY);
    /** null: any status. */
    private final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<PlanSummary> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final PauseTransition quiet = new PauseTransition(QUIET_TIME);
    /** The number of the newest question asked; an answer to an older one is dropped. */
    private long newest;
    /** How many answers came back after a newer question was asked, and were dropped. */
    private int dropped;

    HomeSearch(PlanLibrary library) {
        this.library = library;
        quiet.setOnFinished(e -> searchNow());
        text.addListener((obs, old, now) -> quiet.playFromStart());
        review.addListener((obs, old, now) -> searchNow());
        status.addListener((obs, old, now) -> searchNow());
    }

    /** What the fields ask for now. */
    PlanSearch query() {
        return new PlanSearch(text.get(), status.get() == null ? Set.of() : Set.of(status.get()), review.get());
    }

    /** Asks at once (on opening, and after a filter changes). */
    void searchNow() {
        quiet.stop();
        long ticket = ++newest;
        PlanSearch query = query();
        Task<List<PlanSummary>> read = new Task<>() {
            @Override
            protected List<PlanSummary> call() {
                long t = System.nanoTime();
                List<PlanSummary> found = library.search(query);
                org.careplanner.store.StartTimes.took("home list read", t);
                return found;
            }
        };
        read.setOnSucceeded(e -> {
            if (ticket == newest) {
                results.setAll(read.getValue());
                org.careplanner.store.StartTimes.mark("home list filled");
                failed.set(false);
                searching.set(false);
            } else {
                dropped++;
            }
        });
        read.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, "Could not search the plans: "
                    + read.getException().getClass().getSimpleName());
            if (ticket == newest) {
                failed.set(true);
                searching.set(false);
            }
        });
        searching.set(true);
        // A store still being opened (the window is built while its key is derived): asked once it is open.
        library.whenOpen(() -> SEARCHER.execute(read));
    }

    StringProperty textProperty() {
        return text;
    }

    ObjectProperty<PlanSearch.ReviewWindow> reviewProperty() {
        return review;
    }

    ObjectProperty<PlanStatus> statusProperty() {
        return status;
    }

    ObservableList<PlanSummary> results() {
        return results;
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** How many late answers to older questions were dropped (read on the JavaFX thread). */
    int dropped() {
        return dropped;
    }

    /** Whether the newest question is still unanswered. */
    BooleanProperty searchingProperty() {
        return searching;
    }

    /** Whether anything narrows the list, so "no plans" means "none match" rather than "none yet". */
    boolean isNarrowed() {
        return !query().equals(PlanSearch.everything());
    }
}
