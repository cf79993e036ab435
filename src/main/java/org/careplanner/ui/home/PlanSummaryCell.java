package org.careplanner.ui.home;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careplanner.store.PlanSummary;

/**
 * One plan in the home list: the person's name, the plan's status and version, and when its review is due. A
 * review overdue or due in the next 30 days is flagged in words with an icon, never by colour alone.
 */
final class PlanSummaryCell extends ListCell<PlanSummary> {

    /** How far ahead a review counts as due soon, as the "Due in 30 days" filter. */
    static final int DUE_SOON_DAYS = 30;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Clock clock;
    private final Label name = new Label();
    private final Label details = new Label();
    private final Label flag = new Label();
    private final HBox row;

    PlanSummaryCell(Clock clock) {
        this.clock = clock;
        name.getStyleClass().add("plan-name");
        details.getStyleClass().add("muted");
        flag.getStyleClass().add("review-flag");
        flag.setContentDisplay(ContentDisplay.LEFT);
        flag.setGraphicTextGap(6);
        flag.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        row = new HBox(12, new VBox(2, name, details), gap, flag);
        row.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** What the row says about the review, and how urgent it is. */
    record Review(String words, String urgency) {
    }

    static Review review(LocalDate due, LocalDate today) {
        if (due == null) {
            return new Review(TEXT.getString("home.noReview"), "");
        }
        String day = DAY.format(due);
        if (due.isBefore(today)) {
            return new Review(MessageFormat.format(TEXT.getString("home.reviewOverdue"), day), "overdue");
        }
        if (!due.isAfter(today.plusDays(DUE_SOON_DAYS))) {
            return new Review(MessageFormat.format(TEXT.getString("home.reviewDueSoon"), day), "due-soon");
        }
        return new Review(MessageFormat.format(TEXT.getString("home.reviewLater"), day), "");
    }

    @Override
    protected void updateItem(PlanSummary plan, boolean empty) {
        super.updateItem(plan, empty);
        if (empty || plan == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String person = plan.personName().isBlank() ? TEXT.getString("home.unnamed") : plan.personName();
        name.setText(person);
        String status = TEXT.getString("status." + plan.status().name().toLowerCase(Locale.ROOT));
        details.setText(MessageFormat.format(TEXT.getString("home.planDetails"), status, plan.version(),
                plan.nhsNumber().isEmpty() ? "" : MessageFormat.format(TEXT.getString("home.nhsNumber"),
                        formatted(plan.nhsNumber()))));
        Review review = review(plan.nextReviewDue(), LocalDate.now(clock));
        flag.setText(review.words());
        flag.getStyleClass().removeAll("overdue", "due-soon");
        if (review.urgency().isEmpty()) {
            flag.setGraphic(null);
        } else {
            flag.getStyleClass().add(review.urgency());
            // Its shape and colour come from the stylesheet, sized in em so it grows with the text.
            Region icon = new Region();
            icon.getStyleClass().add("review-flag-icon");
            flag.setGraphic(icon);
        }
        // The whole row as one sentence for a screen reader; the text is also what the row's tests look for.
        setText(MessageFormat.format(TEXT.getString("home.planRow"), person, status, plan.version(), review.words()));
        setAccessibleText(getText());
        setGraphic(row);
    }

    private static String formatted(String digits) {
        return digits.length() == 10 ? digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6)
                : digits;
    }
}
