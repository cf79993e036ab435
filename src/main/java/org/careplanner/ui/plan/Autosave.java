package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.careplanner.domain.Plan;
import org.careplanner.store.StoreNotWrittenException;

/**
 * Saves the plan a moment after the broker stops typing: each change restarts a short wait; when it runs out,
 * the snapshot is taken on the JavaFX thread and written by one background thread, in order. The status reads
 * "Saving…", then "Saved" only once the store has returned, or a plain message if it failed: then the plan stays
 * as typed on screen and the save is tried again every {@link #retryTime} until it works.
 *
 * <p>A save in progress is never cancelled or interrupted (an interrupt during H2's disk I/O closes the store):
 * leaving the screen only saves what is pending.
 */
public final class Autosave {

    /** How long after the last change the plan is saved. */
    public static final Duration QUIET_TIME = Duration.seconds(1.5);

    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    /**
     * One thread for every screen's saves, so saves never overlap or overtake each other. Not a daemon: when the
     * window closes, the program waits for a save under way (and any queued) to finish before the store is closed;
     * the thread ends itself two seconds after its last save, so it never keeps the program open.
     */
    private static final ThreadPoolExecutor WRITER = new ThreadPoolExecutor(1, 1, 2, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> new Thread(runnable, "autosave"));

    static {
        WRITER.allowCoreThreadTimeOut(true);
    }

    private final PlanEditorViewModel plan;
    private final PlanSaver saver;
    /**
     * How long after a save that failed it is tried again (a full disk may be cleared, a folder made writable).
     * The fields keep what was typed meanwhile, and a new change saves at once as usual. Tests shorten it.
     */
    static Duration retryTime = Duration.seconds(30);

    private final PauseTransition quiet = new PauseTransition(QUIET_TIME);
    private final PauseTransition retry = new PauseTransition();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Saves handed to the writer and not yet back: "Saved" is only true when none is. */
    private int unfinished;

    public Autosave(PlanEditorViewModel plan, PlanSaver saver) {
        this.plan = plan;
        this.saver = saver;
        quiet.setOnFinished(e -> saveNow());
        retry.setOnFinished(e -> {
            // Only if nothing newer is on its way: that save carries everything anyway.
            if (unfinished == 0 && quiet.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                saveNow();
            }
        });
        for (StringProperty field : plan.fields().values()) {
            field.addListener((obs, old, now) -> {
                // From the first keystroke: the change is on its way, so "Saved" would no longer be true.
                status.set(TEXT.getString("autosave.saving"));
                quiet.playFromStart();
            });
        }
        // The sections of steps 3 to 9 (lists of lines, streams...) are saved the same way.
        plan.onSectionChange(() -> {
            status.set(TEXT.getString("autosave.saving"));
            quiet.playFromStart();
        });
    }

    /** Saves at once if a change is waiting (when the broker leaves the screen or closes the window). */
    public void flush() {
        if (quiet.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            quiet.stop();
            saveNow();
        }
    }

    private void saveNow() {
        Plan snapshot = plan.snapshot();
        boolean leftOut = plan.snapshotLeavesSomethingOut();
        Task<Plan> write = new Task<>() {
            @Override
            protected Plan call() {
                return saver.save(snapshot);
            }
        };
        write.setOnSucceeded(e -> {
            unfinished--;
            plan.saved(write.getValue());
            // Each save is the whole plan: the last one back, if it worked, means everything typed is stored.
            if (unfinished == 0) {
                status.set(TEXT.getString(leftOut ? "autosave.savedExceptProblems" : "autosave.saved"));
            }
        });
        write.setOnFailed(e -> {
            unfinished--;
            // The plan's id only: never the person's details.
            LOG.log(System.Logger.Level.WARNING, "Could not save plan " + snapshot.id() + ": "
                    + write.getException().getClass().getSimpleName());
            status.set(failure(write.getException()));
            retry.setDuration(retryTime);
            retry.playFromStart();
        });
        unfinished++;
        retry.stop();
        status.set(TEXT.getString("autosave.saving"));
        WRITER.execute(write);
    }

    /** What the broker reads when a save failed: why, that the edits are kept, and that it is tried again. */
    private static String failure(Throwable e) {
        String key = e instanceof StoreNotWrittenException notWritten
                ? switch (notWritten.reason()) {
                    case DISK_FULL -> "autosave.failed.diskFull";
                    case READ_ONLY -> "autosave.failed.readOnly";
                }
                : "autosave.failed";
        return java.text.MessageFormat.format(TEXT.getString(key), (long) retryTime.toSeconds());
    }

    /**
     * Waits until every save handed over so far has finished, so that a read that follows (the home list after
     * "Back to plans") sees it. Call off the JavaFX Application Thread; a save that failed has said so already.
     */
    public static void waitForSavesHandedOver() throws InterruptedException {
        try {
            WRITER.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("An empty task failed", e);
        }
    }

    /** "Saving…", "Saved", or what went wrong; empty before the first change. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
