package org.careplanner.ui.sign;

import java.io.IOException;
import java.util.List;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Signature;
import org.careplanner.print.PrintSize;
import org.careplanner.print.PrintedPlan;
import org.careplanner.signing.SigningResult;

/**
 * What the plan editor's Sign…, Print… and Save as PDF… need from the services; the composition root builds it
 * from the signing service, the pricing package and the printed plan. {@link #sign} and {@link #pdf} are called
 * off the JavaFX Application Thread.
 */
public interface SigningDesk {

    /** What stops this plan being signed now (its blocking problems; already locked); empty when it can be. */
    List<Problem> blockingProblems(Plan plan);

    /** Signs and stores the version sealed, or says why not. Writes to the store. */
    SigningResult sign(Plan plan, List<Signature> signatures);

    /** The plan on A4 as PDF bytes, with the parts of it this computer has no font for (ADR 0036). */
    PrintedPlan pdf(Plan plan, PrintSize size) throws IOException;

    /**
     * The parts of the plan, in the printed plan's words ("About me › A good day"), holding writing this computer
     * has no font for: it would print as white squares. Empty when all of it prints. Reads font files.
     */
    List<String> unprintableIn(Plan plan) throws IOException;
}
