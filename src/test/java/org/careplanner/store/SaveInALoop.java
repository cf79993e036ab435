package org.careplanner.store;

import java.nio.file.Path;
import java.util.UUID;
import org.careplanner.domain.Plan;

/**
 * Run in a child JVM by CrashTest: saves plans as fast as it can and prints "id n edit" only after
 * {@code saveVersion} has returned, i.e. after the store has told its caller the plan is saved.
 * Each round adds a new plan (edit 0) and then saves an edit of it in place (edit 1).
 */
public final class SaveInALoop {
    private SaveInALoop() {
    }

    /** The plan a line stands for: the parent rebuilds it from the same line to compare with the store. */
    static Plan plan(UUID id, int n, int edit) {
        Plan draft = StorePlans.draft(id, StorePlans.person("Zoë", "Crashtest " + n, null));
        return edit == 0 ? draft : draft.withBudget(org.careplanner.domain.Budget.annual(
                org.careplanner.domain.Money.ofPence(2_500_000L + n), java.time.LocalDate.of(2026, 4, 1)))
                .withSupportLines(draft.supportLines().subList(0, 1));
    }

    /** Ids made from the round number and a seed, so runs in the same store never collide. */
    static UUID id(long seed, int n) {
        return new UUID(seed, n);
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        try (LocalStore store = TestStores.open(folder)) {
            System.out.println("READY");
            System.out.flush();
            for (int n = 0; n < 100_000; n++) {
                UUID id = id(seed, n);
                for (int edit = 0; edit <= 1; edit++) {
                    store.plans().saveVersion(plan(id, n, edit));
                    System.out.println(id + " " + n + " " + edit);
                    System.out.flush();
                }
            }
        }
    }
}
