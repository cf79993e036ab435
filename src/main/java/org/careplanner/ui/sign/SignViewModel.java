package org.careplanner.ui.sign;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignerRole;
import org.careplanner.signing.PlanSigning;

/**
 * The Sign… dialog's state, testable without a window: who is signing now (role, name, pad or verbal with a
 * witness) and the signers already added. The name follows the role from the plan (the person, their
 * representative, the broker, the commissioner) until the broker types another.
 */
final class SignViewModel {

    private final Plan plan;
    private final ObjectProperty<SignerRole> role = new SimpleObjectProperty<>(SignerRole.PERSON);
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty verbal = new SimpleBooleanProperty(false);
    private final StringProperty witness = new SimpleStringProperty("");
    private final ObservableList<Signature> added = FXCollections.observableArrayList();
    private boolean nameTyped;

    SignViewModel(Plan plan) {
        this.plan = plan;
        name.set(nameFor(SignerRole.PERSON));
        role.addListener((obs, old, now) -> {
            if (!nameTyped || name.get().isBlank()) {
                name.set(nameFor(now));
                nameTyped = false;
            }
        });
    }

    /** The name the plan gives for a role ("" when it names nobody). */
    String nameFor(SignerRole r) {
        if (r == null) {
            return "";
        }
        return switch (r) {
            case PERSON -> plan.person().fullName();
            case REPRESENTATIVE -> plan.person().representative() == null ? "" : plan.person().representative().name();
            case BROKER -> plan.peopleInvolved().broker().name();
            case COMMISSIONER -> plan.peopleInvolved().commissioner().name();
        };
    }

    /** The broker typed in the name field (so a change of role no longer replaces it). */
    void nameTyped() {
        nameTyped = !name.get().equals(nameFor(role.get()));
    }

    /** The signer being filled in now, with the pad's drawing when signing on the pad. */
    Signature current(byte[] drawing) {
        return verbal.get() ? PlanSigning.agreedVerbally(role.get(), name.get().strip(), witness.get().strip())
                : PlanSigning.drawn(role.get(), name.get().strip(), drawing);
    }

    /** Whether the form holds nothing yet (no name, nothing drawn, no witness). */
    boolean currentIsBlank(boolean padEmpty) {
        return name.get().isBlank() && witness.get().isBlank() && padEmpty;
    }

    /** Adds the current signer to the list when complete; otherwise returns what is missing. */
    List<Problem> add(byte[] drawing, boolean padEmpty) {
        Signature s = current(padEmpty ? new byte[0] : drawing);
        List<Problem> problems = PlanSigning.signatureProblems(List.of(s));
        if (problems.isEmpty()) {
            added.add(s);
            role.set(nextRole());
            name.set(nameFor(role.get()));
            nameTyped = false;
            verbal.set(false);
            witness.set("");
        }
        return problems;
    }

    /** Who usually signs next: the broker after the person or representative, else the person. */
    private SignerRole nextRole() {
        boolean brokerSigned = added.stream().anyMatch(s -> s.role() == SignerRole.BROKER);
        return brokerSigned ? SignerRole.PERSON : SignerRole.BROKER;
    }

    /** Everyone who signs when "Sign and lock" is pressed: those added, and the current signer unless left blank. */
    List<Signature> toSign(byte[] drawing, boolean padEmpty) {
        List<Signature> all = new ArrayList<>(added);
        if (added.isEmpty() || !currentIsBlank(padEmpty)) {
            all.add(current(padEmpty ? new byte[0] : drawing));
        }
        return all;
    }

    /**
     * What the signers are told about the budget: still an indicative figure (signing is allowed; the printed plan
     * says it is not agreed yet) or agreed by the NHS or council. The key of its text in messages.properties.
     */
    String budgetNoteKey() {
        return "sign.budget." + plan.budget().allocationStage().name();
    }

    /** Whether the budget note is a caution (the budget is not agreed yet) rather than plain information. */
    boolean budgetNotAgreed() {
        return plan.budget().allocationStage() != org.careplanner.domain.AllocationStage.AGREED;
    }

    Plan plan() {
        return plan;
    }

    ObjectProperty<SignerRole> roleProperty() {
        return role;
    }

    StringProperty nameProperty() {
        return name;
    }

    BooleanProperty verbalProperty() {
        return verbal;
    }

    StringProperty witnessProperty() {
        return witness;
    }

    ObservableList<Signature> added() {
        return added;
    }
}
