package org.careplanner.ui.plan;

import javafx.scene.Node;

/** What the conversation screen needs of one step's form: the form, and where keyboard focus starts in it. */
interface StepView {

    Node view();

    /** Where keyboard focus goes when the step opens. */
    Node firstField();
}
