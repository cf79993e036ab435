package org.careplanner.ui.home;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.ListCell;
import org.careplanner.store.PlanSummary;

/** One plan in the home list: the person's name, the plan's status and version, and the next review. */
final class PlanSummaryCell extends ListCell<PlanSummary> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    protected void updateItem(PlanSummary plan, boolean empty) {
        super.updateItem(plan, empty);
        if (empty || plan == null) {
            setText(null);
            return;
        }
        String name = plan.personName().isBlank() ? TEXT.getString("home.unnamed") : plan.personName();
        String review = plan.nextReviewDue() == null ? TEXT.getString("home.noReview")
                : MessageFormat.format(TEXT.getString("home.review"), DAY.format(plan.nextReviewDue()));
        setText(MessageFormat.format(TEXT.getString("home.planRow"), name,
                TEXT.getString("status." + plan.status().name().toLowerCase(Locale.ROOT)), plan.version(), review));
    }
}
