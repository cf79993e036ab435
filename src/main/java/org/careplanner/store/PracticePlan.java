package org.careplanner.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.PaEmployment;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Risk;
import org.careplanner.domain.StageOfChange;
import org.careplanner.domain.SupportLine;
import org.careplanner.domain.SupportProvider;

/**
 * A made-up plan (no real person) with one of the parts most plans have (an outcome, a funding stream, a priced line
 * and a personal assistant's line, a risk), written and read back through the store's plan documents once the home
 * list is on screen, so the first plan the broker opens does not wait for the plan file codec to be made and its
 * reading code to run for the first time (ADR 0038). Never stored: no file is touched.
 */
final class PracticePlan {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-00000000beef");

    private PracticePlan() {
    }

    /** Writes the practice plan with {@code documents} and reads it back; returns the plan read. */
    static Plan readBackThrough(PlanDocuments documents) {
        return documents.read(documents.write(plan()));
    }

    static Plan plan() {
        Instant made = Instant.parse("2026-01-05T10:00:00Z");
        FundingStream stream = FundingStream.of("stream-1", "Practice stream", Commissioner.NHS,
                ManagementOption.DIRECT_PAYMENT);
        Outcome outcome = new Outcome("outcome-1", "To get out to the allotment twice a week",
                "Going on Tuesdays and Fridays", LocalDate.of(2026, 6, 1), 8, 6, StageOfChange.PREPARATION);
        SupportLine priced = new SupportLine("line-1", "Practice taxi", SupportProvider.PAID_PROVIDER, "", "Transport",
                "", Money.ofPounds(12), "journey", BigDecimal.valueOf(2), Frequency.PER_WEEK, "", stream.id(),
                List.of(outcome.id()), null, null, null);
        SupportLine assistant = new SupportLine("line-2", "Practice assistant", SupportProvider.PERSONAL_ASSISTANT, "",
                "Personal assistant", "", Money.ZERO, "hour", BigDecimal.ZERO, Frequency.PER_WEEK, "", stream.id(),
                List.of(outcome.id()), null, null, new PaEmployment("Practice employer", Money.ofPounds(13),
                        BigDecimal.TEN, false, true, false, false, "", null, null, null, null, null));
        return Plan.newDraft(ID, Person.named("Practice", "Plan"), made).edit()
                .outcomes(List.of(outcome))
                .fundingStreams(List.of(stream))
                .supportLines(List.of(priced, assistant))
                .risks(List.of(new Risk("risk-1", "Practice risk", "", "", "", "")))
                .done();
    }
}
