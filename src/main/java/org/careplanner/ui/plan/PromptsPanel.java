package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.careplanner.interview.StepPrompts;

/** The broker's prompts for the current step: what it is for, questions to ask, and the OARS reminder. */
final class PromptsPanel {

    private final VBox content = new VBox(10);
    private final ScrollPane view = new ScrollPane(content);

    PromptsPanel() {
        content.getStyleClass().add("prompts-panel");
        content.setAccessibleText(TEXT.getString("conversation.prompts"));
        view.setId("promptsPanel");
        view.setFitToWidth(true);
        view.setFocusTraversable(false);
        view.setPrefWidth(330);
        view.setMinWidth(260);
        view.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        view.getStyleClass().add("prompts-scroll");
    }

    void show(StepPrompts prompts) {
        content.getChildren().setAll(text(TEXT.getString("conversation.prompts"), "prompts-title"),
                text(TEXT.getString("conversation.prompts.purpose"), "prompts-heading"),
                text(prompts.purpose(), "prompts-text"),
                text(prompts.process(), "muted"),
                text(TEXT.getString("conversation.prompts.questions"), "prompts-heading"));
        int n = 1;
        for (String question : prompts.openQuestions()) {
            content.getChildren().add(text(n++ + ". " + question, "prompts-question"));
        }
        content.getChildren().addAll(text(TEXT.getString("conversation.prompts.oars"), "prompts-heading"),
                text(prompts.oars().reminder(), "prompts-text"),
                text(prompts.oars().openQuestion(), "prompts-example"),
                text(prompts.oars().affirmation(), "prompts-example"),
                text(prompts.oars().reflection(), "prompts-example"),
                text(prompts.oars().summary(), "prompts-example"));
    }

    private static Label text(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    Node view() {
        return view;
    }
}
