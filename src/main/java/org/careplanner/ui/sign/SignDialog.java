package org.careplanner.ui.sign;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.careplanner.signing.SigningResult;

/**
 * Sign…: who signs (role and name), on the pad or "agreed verbally" with a witness, several signers in turn
 * (the person, then the broker), then "Sign and lock". When the plan has a blocking problem the dialog says so
 * and lists every one instead; nothing can be signed until they are put right. Signing runs off the JavaFX thread.
 */
public final class SignDialog {

    private final Stage stage = new Stage();
    private final SignViewModel model;
    private final SigningDesk desk;
    private final Consumer<Plan> onSigned;
    private final SignaturePad pad = new SignaturePad();
    private final Label problems = new Label();
    private final Button signAndLock = new Button(TEXT.getString("sign.signAndLock"));

    private SignDialog(Window owner, Plan plan, SigningDesk desk, Consumer<Plan> onSigned) {
        this.model = new SignViewModel(plan);
        this.desk = desk;
        this.onSigned = onSigned;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(TEXT.getString("sign.title"));
    }

    /** Opens the dialog over {@code owner} for this plan version; {@code onSigned} gets the signed, sealed version. */
    public static SignDialog open(Window owner, Plan plan, SigningDesk desk, Consumer<Plan> onSigned) {
        SignDialog dialog = new SignDialog(owner, plan, desk, onSigned);
        List<Problem> blocking = desk.blockingProblems(plan);
        Node content = blocking.isEmpty() ? dialog.form() : dialog.refusal(blocking);
        VBox root = new VBox(14, dialog.heading(blocking.isEmpty()), content);
        root.setId("signDialog");
        root.setPadding(new Insets(20));
        root.getStyleClass().add("sign-dialog");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            // The same text size and contrast as the window it belongs to.
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            root.setStyle(owner.getScene().getRoot().getStyle());
            owner.getScene().getRoot().getPseudoClassStates().forEach(p -> root.pseudoClassStateChanged(p, true));
        }
        dialog.stage.setScene(scene);
        dialog.stage.show();
        return dialog;
    }

    private Node heading(boolean canSign) {
        Plan plan = model.plan();
        String who = plan.person().fullName().isBlank() ? TEXT.getString("sign.thisPlan") : plan.person().fullName();
        Label title = new Label(MessageFormat.format(TEXT.getString(canSign ? "sign.heading" : "sign.cannot"),
                plan.version(), who));
        title.setId("signHeading");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        return title;
    }

    private Node refusal(List<Problem> blocking) {
        Label intro = new Label(TEXT.getString("sign.cannot.intro"));
        intro.setWrapText(true);
        VBox list = new VBox(6);
        list.setId("signBlockingProblems");
        for (Problem p : blocking) {
            Label item = new Label("\u2022 " + p.message());
            item.setWrapText(true);
            item.getStyleClass().add("problem");
            list.getChildren().add(item);
        }
        Button close = new Button(TEXT.getString("sign.close"));
        close.setId("closeSign");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> org.careplanner.ui.lock.IdleLock.close(stage));
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, intro, list, buttons);
        box.setMaxWidth(620);
        return box;
    }

    private Node form() {
        Label signers = new Label();
        signers.setId("signersSoFar");
        signers.setWrapText(true);
        model.added().addListener((javafx.collections.ListChangeListener<Signature>) c -> signers.setText(
                MessageFormat.format(TEXT.getString("sign.signersSoFar"), String.join("; ",
                        model.added().stream().map(SignDialog::describe).toList()))));
        signers.managedProperty().bind(signers.textProperty().isNotEmpty());

        ComboBox<SignerRole> role = new ComboBox<>();
        role.setId("signerRole");
        role.getItems().setAll(SignerRole.values());
        role.setButtonCell(new RoleCell());
        role.setCellFactory(list -> new RoleCell());
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setAccessibleText(TEXT.getString("sign.role.accessible"));
        TextField name = org.careplanner.ui.FieldInput.install(new TextField(), org.careplanner.ui.FieldInput.Kind.NAME);
        name.setId("signerName");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.textProperty().addListener((obs, old, now) -> {
            if (name.isFocused()) {
                model.nameTyped();
            }
        });
        name.setAccessibleText(TEXT.getString("sign.name.accessible"));
        name.setPrefColumnCount(28);

        ToggleGroup how = new ToggleGroup();
        RadioButton onPad = new RadioButton(TEXT.getString("sign.onPad"));
        onPad.setId("signOnPad");
        onPad.setToggleGroup(how);
        RadioButton verbal = new RadioButton(TEXT.getString("sign.verbal"));
        verbal.setId("signVerbal");
        verbal.setToggleGroup(how);
        onPad.setSelected(!model.verbalProperty().get());
        verbal.setSelected(model.verbalProperty().get());
        how.selectedToggleProperty().addListener((obs, old, now) -> model.verbalProperty().set(now == verbal));
        model.verbalProperty().addListener((obs, old, now) -> (now ? verbal : onPad).setSelected(true));
        TextField witness = org.careplanner.ui.FieldInput.install(new TextField(),
                org.careplanner.ui.FieldInput.Kind.NAME);
        witness.setId("witnessName");
        witness.textProperty().bindBidirectional(model.witnessProperty());
        witness.setAccessibleText(TEXT.getString("sign.witness.accessible"));
        witness.disableProperty().bind(model.verbalProperty().not());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label("sign.role", role), role);
        grid.addRow(1, label("sign.name", name), org.careplanner.ui.FieldInput.withMessage(name));
        grid.addRow(2, new Label(TEXT.getString("sign.how")), new HBox(16, onPad, verbal));
        grid.addRow(3, label("sign.witness", witness), org.careplanner.ui.FieldInput.withMessage(witness));
        Node padView = pad.view();
        padView.visibleProperty().bind(model.verbalProperty().not());
        padView.managedProperty().bind(padView.visibleProperty());

        problems.setId("signProblems");
        problems.getStyleClass().add("problem");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());

        Button addSigner = new Button(TEXT.getString("sign.addSigner"));
        addSigner.setId("addSigner");
        addSigner.setOnAction(e -> {
            List<Problem> missing = model.add(pad.png(), pad.emptyProperty().get());
            show(missing);
            if (missing.isEmpty()) {
                pad.clear();
                // The next signer's name is what the broker types next (the role moves on by itself).
                name.requestFocus();
            }
            stage.sizeToScene();
        });
        signAndLock.setId("signAndLock");
        signAndLock.setDefaultButton(true);
        signAndLock.setAccessibleText(TEXT.getString("sign.signAndLock.accessible"));
        signAndLock.setOnAction(e -> sign());
        Button cancel = new Button(TEXT.getString("sign.cancel"));
        cancel.setId("cancelSign");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> org.careplanner.ui.lock.IdleLock.close(stage));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, addSigner, gap, cancel, signAndLock);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label budgetNote = new Label(TEXT.getString(model.budgetNoteKey()));
        budgetNote.setId("signBudgetNote");
        budgetNote.setWrapText(true);
        budgetNote.getStyleClass().add(model.budgetNotAgreed() ? "warning" : "muted");
        budgetNote.setAccessibleText(budgetNote.getText());
        Label printNote = printNote();
        Label lockNote = new Label(TEXT.getString("sign.lockNote"));
        lockNote.setWrapText(true);
        lockNote.getStyleClass().add("muted");
        VBox box = new VBox(12, signers, budgetNote, printNote, grid, padView, problems, lockNote, buttons);
        box.setPrefWidth(SignaturePad.WIDTH + 40);
        return box;
    }

    /**
     * Empty, unless some writing in the plan has no font on this computer: then it names those parts of the plan
     * (never their text), found off the JavaFX thread while the dialog is open (ADR 0036). Signing is not affected.
     */
    private Label printNote() {
        Label note = new Label();
        note.setId("signPrintNote");
        note.setWrapText(true);
        note.getStyleClass().add("warning");
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.accessibleTextProperty().bind(note.textProperty());
        Plan plan = model.plan();
        Task<List<String>> check = new Task<>() {
            @Override
            protected List<String> call() throws Exception {
                return desk.unprintableIn(plan);
            }
        };
        check.setOnSucceeded(e -> {
            if (!check.getValue().isEmpty()) {
                note.setText(MessageFormat.format(TEXT.getString("sign.unprintable"),
                        String.join("; ", check.getValue())));
                stage.sizeToScene();
            }
        });
        check.setOnFailed(e -> System.getLogger(SignDialog.class.getName()).log(System.Logger.Level.WARNING,
                "Could not check the printed plan's fonts: " + check.getException().getClass().getSimpleName()));
        Thread thread = new Thread(check, "check-print-fonts");
        thread.setDaemon(true);
        thread.start();
        return note;
    }

    private static Label label(String key, Node field) {
        Label l = new Label(TEXT.getString(key));
        l.setLabelFor(field);
        l.setMnemonicParsing(true);
        return l;
    }

    private void show(List<Problem> found) {
        problems.setText(String.join("\n", found.stream().map(Problem::message).toList()));
        stage.sizeToScene();
    }

    private void sign() {
        List<Signature> signatures = model.toSign(pad.png(), pad.emptyProperty().get());
        Plan plan = model.plan();
        signAndLock.setDisable(true);
        problems.setText(TEXT.getString("sign.signing"));
        Task<SigningResult> work = new Task<>() {
            @Override
            protected SigningResult call() {
                return desk.sign(plan, signatures);
            }
        };
        work.setOnSucceeded(e -> {
            SigningResult result = work.getValue();
            signAndLock.setDisable(false);
            if (result.isSigned()) {
                org.careplanner.ui.lock.IdleLock.close(stage);
                onSigned.accept(result.signed().orElseThrow());
            } else {
                show(result.problems());
            }
        });
        work.setOnFailed(e -> {
            signAndLock.setDisable(false);
            System.getLogger(SignDialog.class.getName()).log(System.Logger.Level.WARNING, "Could not sign plan "
                    + plan.id() + ": " + work.getException().getClass().getSimpleName());
            problems.setText(TEXT.getString("sign.failed") + " " + work.getException().getMessage());
        });
        Thread thread = new Thread(work, "sign-plan");
        thread.setDaemon(false);
        thread.start();
    }

    /** "Jo Sample, the person (signed on the pad)". */
    static String describe(Signature s) {
        return MessageFormat.format(TEXT.getString(s.method() == SignatureMethod.VERBAL_WITH_WITNESS
                ? "sign.describe.verbal" : "sign.describe.drawn"), s.name(),
                roleWords(s.role()).toLowerCase(java.util.Locale.ROOT), s.witness());
    }

    static String roleWords(SignerRole role) {
        return role == null ? "" : TEXT.getString("sign.role." + role.name());
    }

    private static final class RoleCell extends ListCell<SignerRole> {
        @Override
        protected void updateItem(SignerRole item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : roleWords(item));
        }
    }

    Stage stage() {
        return stage;
    }
}
