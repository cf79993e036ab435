package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careplanner.interview.StepPrompts;

/** A step whose form is not built yet: what it is for, and a plain note that it is coming. */
final class ComingNextStep {

    private ComingNextStep() {
    }

    static Node view(StepPrompts prompts) {
        Label purpose = new Label(prompts.purpose());
        purpose.setWrapText(true);
        Label note = new Label(TEXT.getString("conversation.comingNext"));
        note.setId("comingNext");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox view = new VBox(12, purpose, note);
        view.setPadding(new Insets(4, 16, 16, 4));
        return view;
    }
}
