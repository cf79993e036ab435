package org.careplanner.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.AboutMe;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.Budget;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.Contact;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.HealthNeed;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.OtherSupport;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.PaEmployment;
import org.careplanner.domain.PeopleInvolved;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.ReviewArrangement;
import org.careplanner.domain.Risk;
import org.careplanner.domain.SupportLine;
import org.careplanner.domain.SupportProvider;
import org.careplanner.domain.WorkingNotWorking;

/** Small made-up plans for Alex Testperson: complete, so the plan rules find nothing unless a test breaks one. */
final class PlanFixture {

    static final LocalDate START = LocalDate.of(2025, 6, 2);
    static final String NHS_DP = "nhs-dp";
    static final FundingStream NHS_DIRECT_PAYMENT =
            FundingStream.of(NHS_DP, "NHS continuing healthcare", Commissioner.NHS, ManagementOption.DIRECT_PAYMENT);

    private PlanFixture() {
    }

    static Money pounds(String amount) {
        return Money.of(new BigDecimal(amount));
    }

    static Budget annualBudget(String allocation, LocalDate start) {
        return Budget.annual(pounds(allocation), start);
    }

    static Budget budget(String allocation, AllocationPeriod period, String contingency, boolean inside,
                         String weeksPerYear) {
        return new Budget(pounds(allocation), period, AllocationStage.AGREED, pounds(contingency), inside,
                new BigDecimal(weeksPerYear), START, null);
    }

    static SupportLine line(String id, String price, String quantity, Frequency frequency) {
        return SupportLine.priced(id, "Line " + id, "Personal care", pounds(price), new BigDecimal(quantity), frequency,
                NHS_DP, List.of("o1"));
    }

    static SupportLine paLine(String id, PaEmployment pa) {
        return new SupportLine(id, "Personal assistant " + id, SupportProvider.PERSONAL_ASSISTANT, "Pat Example",
                "Personal assistant", "", Money.ZERO, "hour", BigDecimal.ONE, Frequency.PER_WEEK, "weekdays", NHS_DP,
                List.of("o1"), null, null, pa);
    }

    /** A PA with no on-costs beyond pay, holiday, NI and pension; employer Sam Testperson. */
    static PaEmployment pa(String hourlyRate, String hoursPerWeek, boolean irregular, boolean pension,
                           boolean claimsAllowance) {
        return pa("Sam Testperson", hourlyRate, hoursPerWeek, irregular, pension, claimsAllowance);
    }

    static PaEmployment pa(String employer, String hourlyRate, String hoursPerWeek, boolean irregular, boolean pension,
                           boolean claimsAllowance) {
        return new PaEmployment(employer, pounds(hourlyRate), new BigDecimal(hoursPerWeek), irregular, pension,
                claimsAllowance, false, "", null, null, null, null, null);
    }

    static Plan plan(Budget budget, List<SupportLine> lines) {
        return plan(budget, List.of(NHS_DIRECT_PAYMENT), lines);
    }

    static Plan plan(Budget budget, List<FundingStream> streams, List<SupportLine> lines) {
        return plan(budget, streams, lines, null);
    }

    static Plan plan(Budget budget, List<FundingStream> streams, List<SupportLine> lines, LocalDate lastReview) {
        Instant now = Instant.parse("2025-05-20T10:00:00Z");
        return new Plan(UUID.fromString("00000000-0000-0000-0000-000000000001"), 1, PlanStatus.DRAFT, now, now,
                Person.named("Alex", "Testperson"), null,
                new PeopleInvolved(Contact.named("Bo Broker", "Example Brokerage"),
                        Contact.named("Cas Coordinator", "Example ICB"), null, "Example ICB", List.of()),
                new AboutMe("Funny and kind", "My garden", "My medication", "Be patient", "Sunshine", "Pain"),
                List.of(new WorkingNotWorking("me", "My neighbours", "Getting out")),
                List.of(new HealthNeed("n1", "Help with personal care", null)),
                List.of(new Outcome("o1", "I want to get out to the shops", "Weekly trips", null, null, null, null),
                        new Outcome("o2", "I want to sleep through the night", "Sleep diary", null, null, null, null),
                        new Outcome("o3", "I want to see my friends", "Visits", null, null, null, null)),
                lines, streams, budget,
                List.of(new Risk("r1", "A fall", "Injury", "Grab rails", "Call for help", "Bo Broker")),
                "Agency cover", new OtherSupport("Sister visits", "", "", ""),
                new ReviewArrangement("Cas Coordinator", lastReview, List.of(), ""),
                List.of(), List.of(), List.of(), "", "");
    }
}
