package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.ConversationProgress;
import org.careplanner.interview.ConversationStep;

/**
 * The steps of the conversation down the left: each with its title and how far it has got. Steps after the
 * first are disabled until the person's name is written down.
 */
final class StepList {

    /** Width of a step's title, in pixels at the default font size: the step list's width less its padding. */
    private static final double TITLE_WIDTH = 220;

    private final VBox view = new VBox(4);
    private final ToggleGroup group = new ToggleGroup();
    private final Map<ConversationStep, ToggleButton> buttons = new EnumMap<>(ConversationStep.class);
    private final Map<ConversationStep, Label> statuses = new EnumMap<>(ConversationStep.class);
    private final BrokerPrompts prompts;
    private final PlanEditorViewModel plan;

    StepList(PlanEditorViewModel plan, BrokerPrompts prompts) {
        this.plan = plan;
        this.prompts = prompts;
        view.setId("stepList");
        view.getStyleClass().add("step-list");
        view.setAccessibleText(TEXT.getString("conversation.steps"));
        for (ConversationStep step : ConversationStep.values()) {
            view.getChildren().add(button(step));
        }
        plan.progressProperty().addListener((obs, old, now) -> showProgress(now));
        plan.currentStepProperty().addListener((obs, old, now) -> group.selectToggle(buttons.get(now)));
        showProgress(plan.progressProperty().get());
        group.selectToggle(buttons.get(plan.currentStepProperty().get()));
    }

    private ToggleButton button(ConversationStep step) {
        Label title = new Label(prompts.text(step.titleKey()));
        title.getStyleClass().add("step-title");
        // Long titles wrap onto a second line; a fixed width keeps the button's height to the lines it needs.
        title.setWrapText(true);
        title.setPrefWidth(TITLE_WIDTH);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.getStyleClass().add("step-status");
        statuses.put(step, status);
        ToggleButton button = new ToggleButton() {
            @Override
            protected double computePrefHeight(double width) {
                // Asked without a width (as the step list asks), the wrapped title was measured a word a line and
                // the button grew hundreds of pixels tall: measure it at the button's own width instead.
                return super.computePrefHeight(width < 0 ? prefWidth(-1) : width);
            }
        };
        button.setId("step-" + step.id());
        button.setMnemonicParsing(false);
        button.setGraphic(new VBox(2, title, status));
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("step-button");
        button.setToggleGroup(group);
        // A step stays chosen when clicked again: the toggle only ever moves to another step.
        button.setOnAction(e -> {
            plan.currentStepProperty().set(step);
            group.selectToggle(buttons.get(plan.currentStepProperty().get()));
        });
        buttons.put(step, button);
        return button;
    }

    private void showProgress(ConversationProgress progress) {
        buttons.forEach((step, button) -> {
            String status = prompts.text(progress.status(step).labelKey());
            statuses.get(step).setText(status);
            button.setDisable(!progress.canVisit(step));
            button.setAccessibleText(MessageFormat.format(TEXT.getString("conversation.stepButton"),
                    prompts.text(step.titleKey()), status));
        });
    }

    Node view() {
        return view;
    }
}
