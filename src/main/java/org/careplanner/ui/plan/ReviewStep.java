package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.careplanner.domain.Plan;
import org.careplanner.domain.ReviewTrigger;
import org.careplanner.interview.ConversationStep;
import org.careplanner.pricing.ReviewDue;
import org.careplanner.pricing.ReviewSchedule;

/**
 * Step 8, "Checking how it's going": when the plan starts (changed in step 7), when each review is due by the
 * rules for its funding stream, who reviews it, what would bring a review forward, and notes.
 */
final class ReviewStep implements StepView {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final VBox view = new VBox(14);
    private final PlanEditorViewModel plan;
    private final ReviewSection review;
    private final Label starts = new Label();
    private final VBox dues = new VBox(4);
    private final TextField reviewer;
    private final TextField lastReview;
    private final TextArea notes;
    private final VBox triggers = new VBox(6);

    /** @param goTo takes the broker to the field at a path in another step */
    ReviewStep(PlanEditorViewModel plan, Consumer<String> goTo) {
        this.plan = plan;
        this.review = plan.section(ReviewSection.class);
        view.setId("reviewStep");
        view.getStyleClass().add("step-form");
        reviewer = FormControls.line("reviewer", review.reviewerProperty(), 30, org.careplanner.ui.FieldInput.Kind.NAME);
        lastReview = FormControls.line("lastReview", review.lastReviewProperty(), 10, org.careplanner.ui.FieldInput.Kind.DATE);
        notes = FormControls.area("reviewNotes", review.notesProperty(), 3);
        starts.setId("planStarts");
        starts.setWrapText(true);
        Hyperlink change = new Hyperlink(TEXT.getString("review.start.change"));
        change.setId("goToStartDate");
        change.setMnemonicParsing(true);
        change.setAccessibleText(TEXT.getString("review.start.change.accessible"));
        change.setOnAction(e -> goTo.accept("budget.startDate"));
        dues.setId("reviewDates");
        Label triggersLabel = new Label(TEXT.getString("review.triggers"));
        triggersLabel.setWrapText(true);
        for (ReviewTrigger t : ReviewTrigger.values()) {
            CheckBox box = new CheckBox(TEXT.getString("review.trigger." + t.name()));
            box.setId("trigger" + t.name());
            box.setWrapText(true);
            box.setAccessibleText(TEXT.getString("review.triggers") + ": " + box.getText());
            box.selectedProperty().bindBidirectional(review.trigger(t));
            triggers.getChildren().add(box);
        }
        view.getChildren().addAll(FormControls.heading("review.heading.dates"), starts, change, dues,
                FormControls.heading("review.heading.who"),
                FieldBox.of("review.reviewer", reviewer, plan, () -> "review.reviewer"),
                FieldBox.of("review.lastReview", lastReview, plan, () -> "review.lastReviewDate"),
                triggersLabel, triggers,
                FieldBox.of("review.notes", notes, plan, () -> "review.notes"));
        // The dates follow the start date and the funding streams, which change in step 7: shown afresh each time
        // this step is opened, and as the last review date is typed.
        plan.currentStepProperty().addListener((obs, old, step) -> {
            if (step == ConversationStep.REVIEW) {
                showDates();
            }
        });
        review.onChange(this::showDates);
        showDates();
    }

    static ReviewStep form(PlanEditorViewModel plan, Consumer<String> goTo) {
        return new ReviewStep(plan, goTo);
    }

    private void showDates() {
        Plan now = plan.snapshot();
        LocalDate start = now.budget().startDate();
        starts.setText(start == null ? TEXT.getString("review.start.none")
                : MessageFormat.format(TEXT.getString("review.start"), LONG_DATE.format(start)));
        starts.setAccessibleText(starts.getText());
        dues.getChildren().clear();
        if (start == null || now.fundingStreams().isEmpty()) {
            dues.getChildren().add(FormControls.note(TEXT.getString("review.dates.none"), "muted"));
            return;
        }
        List<ReviewDue> due = new ReviewSchedule().dueDates(now, LocalDate.now(plan.clock()));
        for (ReviewDue d : due) {
            String name = d.fundingStreamName().isBlank() ? TEXT.getString("money.stream.unnamed")
                    : d.fundingStreamName();
            String text = d.windowOpens() == null
                    ? MessageFormat.format(TEXT.getString("review.due"), name, LONG_DATE.format(d.dueDate()), d.rule())
                    : MessageFormat.format(TEXT.getString("review.dueBetween"), name,
                            LONG_DATE.format(d.windowOpens()), LONG_DATE.format(d.dueDate()), d.rule());
            Label line = FormControls.note(text, "review-due");
            line.setAccessibleText(text);
            dues.getChildren().add(line);
        }
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return reviewer;
    }

    @Override
    public Node fieldAt(String path) {
        if (path.startsWith("review.lastReviewDate")) {
            return lastReview;
        }
        if (path.startsWith("review.notes")) {
            return notes;
        }
        if (path.startsWith("review.earlyReviewTriggers")) {
            return triggers.getChildren().get(0);
        }
        return reviewer;
    }
}
