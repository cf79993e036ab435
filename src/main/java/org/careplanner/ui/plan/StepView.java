package org.careplanner.ui.plan;

import javafx.scene.Node;

/** What the conversation screen needs of one step's form: the form, and where keyboard focus starts in it. */
interface StepView {

    Node view();

    /** Where keyboard focus goes when the step opens. */
    Node firstField();

    /**
     * The control where the field at a problem's path is put right (as {@link org.careplanner.domain.Problem#field()}),
     * for a link from a list of problems; the first field when the path names none of this step's controls.
     */
    default Node fieldAt(String path) {
        return firstField();
    }
}
