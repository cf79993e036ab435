package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.ConversationStep;

/**
 * The guided conversation: the steps down the left, the current step's form in the middle, the broker's prompts
 * on the right. Steps 1 and 2 have forms; the others show their prompts until their forms are built.
 */
public final class ConversationScreen {

    private final BorderPane view = new BorderPane();
    private final PlanEditorViewModel plan;
    private final BrokerPrompts prompts;
    private final Optional<Autosave> autosave;
    private final Map<ConversationStep, Node> forms = new EnumMap<>(ConversationStep.class);
    private final Map<ConversationStep, StepView> stepViews = new EnumMap<>(ConversationStep.class);
    private final Label stepTitle = new Label();
    private final ScrollPane formArea = new ScrollPane();
    private final PromptsPanel promptsPanel = new PromptsPanel();
    private final Button next = new Button(TEXT.getString("conversation.next"));
    private final CatalogueSource catalogue;
    /** Actions other parts of the app add to the header (Sign…, Print…, Save as PDF…). */
    private final HBox headerActions = new HBox(8);

    /**
     * @param saver where the plan is saved as the broker types; empty when there is no store (nothing is saved)
     * @param onBack  returns to the list of plans
     */
    public ConversationScreen(PlanEditorViewModel plan, Optional<PlanSaver> saver, BrokerPrompts prompts,
                              Runnable onBack) {
        this(plan, saver, prompts, onBack, CatalogueSource.NONE);
    }

    /** @param catalogue the services the support step offers; read off the JavaFX thread when that step opens */
    public ConversationScreen(PlanEditorViewModel plan, Optional<PlanSaver> saver, BrokerPrompts prompts,
                              Runnable onBack, CatalogueSource catalogue) {
        this.catalogue = catalogue;
        this.plan = plan;
        this.prompts = prompts;
        this.autosave = saver.map(s -> new Autosave(plan, s));
        view.setId("planEditor");
        view.getStyleClass().add("conversation-screen");
        view.setPadding(new Insets(16, 24, 16, 24));
        // Set in this order so that Tab goes through the form first, then the prompts and steps, then the header.
        view.setCenter(centre());
        view.setRight(promptsPanel.view());
        view.setLeft(new StepList(plan, prompts).view());
        view.setTop(header(onBack));
        BorderPane.setMargin(promptsPanel.view(), new Insets(0, 0, 0, 16));
        plan.currentStepProperty().addListener((obs, old, step) -> show(step));
        show(plan.currentStepProperty().get());
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                focusFirstField();
            }
        });
    }

    public Node view() {
        return view;
    }

    /** Adds to the header, after the save status (the plan's paperwork: signing and printing). */
    public void addHeaderActions(Node actions) {
        headerActions.getChildren().add(actions);
    }

    /** The broker is leaving the plan (back to the list, or closing the window): save what is waiting now. */
    public void leave() {
        autosave.ifPresent(Autosave::flush);
    }

    private Node header(Runnable onBack) {
        Button back = new Button(TEXT.getString("editor.back"));
        back.setId("backToPlans");
        back.setCancelButton(true);
        back.setAccessibleText(TEXT.getString("editor.back.accessible"));
        back.setOnAction(e -> {
            leave();
            onBack.run();
        });
        Label title = new Label();
        title.setId("planTitle");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            String name = (plan.givenNameProperty().get() + " " + plan.familyNameProperty().get()).strip();
            return name.isEmpty() ? TEXT.getString("editor.newPlanTitle") : name;
        }, plan.givenNameProperty(), plan.familyNameProperty()));
        Label saveStatus = new Label();
        saveStatus.setId("saveStatus");
        saveStatus.getStyleClass().add("save-status");
        saveStatus.setWrapText(true);
        saveStatus.setMaxWidth(380);
        autosave.ifPresent(a -> saveStatus.textProperty().bind(a.statusProperty()));
        back.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox first = new HBox(16, back, title, gap, saveStatus, headerActions);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox();
        second.setAlignment(Pos.CENTER_RIGHT);
        VBox header = new VBox(8, first);
        // One row when everything fits at its natural width; otherwise the paperwork (Sign…, Print…) goes onto a
        // row of its own, instead of "Back to plans", the name and the buttons all being cut short with "…" (a
        // long save status, large text, a narrow window). Decided on preferred widths, so it cannot flip-flop.
        Runnable place = () -> {
            double needed = first.getSpacing() * 4 + back.prefWidth(-1) + title.prefWidth(-1)
                    + Math.min(saveStatus.prefWidth(-1), saveStatus.getMaxWidth()) + headerActions.prefWidth(-1);
            boolean oneRow = header.getWidth() == 0 || needed <= header.getWidth();
            if (oneRow && headerActions.getParent() == second) {
                header.getChildren().remove(second);
                first.getChildren().add(headerActions);
            } else if (!oneRow && headerActions.getParent() == first) {
                second.getChildren().add(headerActions);
                header.getChildren().add(second);
            }
        };
        InvalidationListener replace = o -> Platform.runLater(place);
        header.widthProperty().addListener(replace);
        back.widthProperty().addListener(replace); // the text size changed
        saveStatus.textProperty().addListener(replace);
        title.textProperty().addListener(replace);
        headerActions.getChildren().addListener(replace);
        headerActions.layoutBoundsProperty().addListener(replace); // the paperwork's words changed
        header.getStyleClass().add("page-header");
        BorderPane.setMargin(header, new Insets(0, 0, 16, 0));
        return header;
    }

    private Node centre() {
        stepTitle.getStyleClass().add("page-title");
        stepTitle.setId("stepTitle");
        stepTitle.setWrapText(true);
        formArea.setFitToWidth(true);
        formArea.setFocusTraversable(false);
        formArea.getStyleClass().add("form-area");
        VBox.setVgrow(formArea, Priority.ALWAYS);
        VBox centre = new VBox(12, stepTitle, formArea, navigation());
        BorderPane.setMargin(centre, new Insets(0, 0, 0, 16));
        return centre;
    }

    private Node navigation() {
        Button back = new Button(TEXT.getString("conversation.back"));
        back.setId("previousStep");
        back.setAccessibleText(TEXT.getString("conversation.back.accessible"));
        back.setOnAction(e -> move(-1));
        back.disableProperty().bind(plan.currentStepProperty().isEqualTo(ConversationStep.first()));
        next.setId("nextStep");
        next.setAccessibleText(TEXT.getString("conversation.next.accessible"));
        next.setOnAction(e -> move(+1));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> neighbour(+1).isEmpty(),
                plan.currentStepProperty(), plan.progressProperty()));
        ToggleButton hide = new MnemonicToggle(TEXT.getString("conversation.hidePrompts"));
        hide.setId("hidePrompts");
        hide.setAccessibleText(TEXT.getString("conversation.hidePrompts.accessible"));
        hide.textProperty().bind(Bindings.when(hide.selectedProperty())
                .then(TEXT.getString("conversation.showPrompts"))
                .otherwise(TEXT.getString("conversation.hidePrompts")));
        hide.selectedProperty().bindBidirectional(plan.promptsHiddenProperty());
        promptsPanel.view().visibleProperty().bind(hide.selectedProperty().not());
        promptsPanel.view().managedProperty().bind(promptsPanel.view().visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, back, next, gap, hide);
        bar.getStyleClass().add("step-navigation");
        return bar;
    }

    /** The step before or after the current one, if the broker can go there yet. */
    private Optional<ConversationStep> neighbour(int direction) {
        int index = plan.currentStepProperty().get().ordinal() + direction;
        ConversationStep[] steps = ConversationStep.values();
        if (index < 0 || index >= steps.length || !plan.progressProperty().get().canVisit(steps[index])) {
            return Optional.empty();
        }
        return Optional.of(steps[index]);
    }

    private void move(int direction) {
        neighbour(direction).ifPresent(plan.currentStepProperty()::set);
    }

    private void show(ConversationStep step) {
        stepTitle.setText(prompts.text(step.titleKey()));
        promptsPanel.show(prompts.forStep(step));
        formArea.setContent(forms.computeIfAbsent(step, this::build));
        formArea.setVvalue(0);
        if (view.getScene() != null) {
            focusFirstField();
        }
    }

    private Node build(ConversationStep step) {
        // One line per step with a form; each returns its StepView.
        StepView form = switch (step) {
            case ABOUT_THE_PERSON -> PersonStep.form(plan);
            case WHAT_MATTERS -> WhatMattersStep.form(plan);
            case HEALTH_NEEDS -> HealthNeedsStep.form(plan);
            case OUTCOMES -> OutcomesStep.form(plan, prompts);
            case SUPPORT -> SupportStep.form(plan, catalogue);
            case RISKS -> RisksStep.form(plan, this::goTo);
            case MONEY_MANAGEMENT -> MoneyStep.form(plan);
            case REVIEW -> ReviewStep.form(plan, this::goTo);
            case SUMMARY -> SummaryStep.form(plan, prompts, this::goTo);
        };
        stepViews.put(step, form);
        // Under every step's form: the person's words and the broker's notes, kept apart.
        VBox content = new VBox(28, form.view(), new QuotesPanel(plan, prompts, step).view());
        content.setPadding(new Insets(4, 16, 16, 4));
        return content;
    }

    /**
     * Focus starts in the step's first field; a step without a form starts on "Next". A form just put in the
     * scroll pane joins the scene only when the pane's skin lays it out, so focus waits for that.
     */
    private void focusFirstField() {
        StepView form = stepViews.get(plan.currentStepProperty().get());
        focusWhenShown(form == null ? next : form.firstField());
    }

    /** Takes the broker to the field a problem is about: its step ({@link SummaryStep#stepFor}), then the field. */
    void goTo(String path) {
        ConversationStep step = SummaryStep.stepFor(path);
        if (!plan.progressProperty().get().canVisit(step)) {
            step = ConversationStep.first();
        }
        plan.currentStepProperty().set(step);
        formArea.setContent(forms.computeIfAbsent(step, this::build));
        StepView form = stepViews.get(step);
        if (form != null) {
            // A step that finds the field itself (choosing a line in a table first) answers null.
            Node field = form.fieldAt(path);
            if (field != null) {
                focusWhenShown(field);
                Platform.runLater(() -> scrollTo(field));
            }
        }
    }

    /** Scrolls the form so a field is in view (after a link took the broker to it). */
    private void scrollTo(Node field) {
        if (field == null || formArea.getContent() == null || field.getScene() == null) {
            return;
        }
        formArea.layout();
        double content = formArea.getContent().getBoundsInLocal().getHeight();
        double viewport = formArea.getViewportBounds().getHeight();
        if (content > viewport) {
            double y = formArea.getContent().sceneToLocal(field.localToScene(0, 0)).getY();
            formArea.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (content - viewport))));
        }
    }

    private void focusWhenShown(Node first) {
        if (first.getScene() != null) {
            Platform.runLater(first::requestFocus);
            return;
        }
        first.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    first.sceneProperty().removeListener(this);
                    Platform.runLater(first::requestFocus);
                }
            }
        });
    }

    /**
     * A toggle button that its mnemonic (Alt+H) toggles too. A mnemonic only sends the button an action, which a
     * plain {@link ToggleButton} answers without toggling, so Alt+H used to do nothing; a click or Space toggles
     * in {@link #fire()} and then sends the same action, which must not toggle it back.
     */
    private static final class MnemonicToggle extends ToggleButton {
        private boolean firing;

        MnemonicToggle(String text) {
            super(text);
            addEventHandler(ActionEvent.ACTION, e -> {
                if (!firing) {
                    setSelected(!isSelected());
                }
            });
        }

        @Override
        public void fire() {
            firing = true;
            try {
                super.fire();
            } finally {
                firing = false;
            }
        }
    }
}
