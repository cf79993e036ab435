package org.careplanner.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.careplanner.domain.PlanStatus;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careplanner list [TEXT] [--status S]... [--review overdue|due_within_30_days]}: the plans in the store. */
@Command(name = "list", description = "List the plans in the store (latest version of each), newest first.")
final class ListCommand extends StoreCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "Part of a name or an NHS number.")
    String text;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only plans with this status: ${COMPLETION-CANDIDATES}.")
    Set<PlanStatus> statuses;

    @Option(names = "--review", paramLabel = "WHEN", description = "Only plans whose review is: ${COMPLETION-CANDIDATES}.")
    PlanSearch.ReviewWindow review;

    @Override
    public Integer call() {
        try (LocalStore store = root.openStore()) {
            List<PlanSummary> plans = store.plans().search(new PlanSearch(text, statuses, review));
            PrintWriter out = out();
            out.printf("%-36s  %-28s  %-10s  %7s  %-16s  %s%n", "PLAN", "PERSON", "STATUS", "VERSION", "SAVED",
                    "NEXT REVIEW");
            for (PlanSummary p : plans) {
                out.printf("%-36s  %-28s  %-10s  %7d  %-16s  %s%n", p.planId(), p.personName(), p.status(),
                        p.version(), WHEN.format(p.updatedAt().atZone(ZoneId.systemDefault())),
                        p.nextReviewDue() == null ? "-" : p.nextReviewDue());
            }
            out.printf("%d plan%s.%n", plans.size(), plans.size() == 1 ? "" : "s");
            out.flush();
            return 0;
        }
    }
}
