package org.careplanner.ui.sign;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Signature;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.print.PlanDocument;
import org.careplanner.print.PrintSize;
import org.careplanner.print.PrintedPlan;
import org.careplanner.signing.PlanSigning;
import org.careplanner.signing.SigningResult;

/** The signing desk over the real services: the signing service, the plan's costing, and the printed plan. */
public final class StoreSigningDesk implements SigningDesk {

    private final PlanSigning signing;
    private final Function<Plan, PlanAssessment> assess;

    /** @param assess the plan's costing for the printed plan (the pricing package, as of today) */
    public StoreSigningDesk(PlanSigning signing, Function<Plan, PlanAssessment> assess) {
        this.signing = signing;
        this.assess = assess;
    }

    @Override
    public List<Problem> blockingProblems(Plan plan) {
        return signing.planProblems(plan);
    }

    @Override
    public SigningResult sign(Plan plan, List<Signature> signatures) {
        return signing.sign(plan, signatures);
    }

    @Override
    public PrintedPlan pdf(Plan plan, PrintSize size) throws IOException {
        return new PlanDocument(plan, assess.apply(plan)).print(size);
    }

    @Override
    public List<String> unprintableIn(Plan plan) throws IOException {
        return new PlanDocument(plan, assess.apply(plan)).unprintableIn();
    }
}
