package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.SupportLine;
import org.careplanner.pricing.PaCostBreakdown;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.store.CatalogueEntry;
import org.junit.jupiter.api.Test;

/**
 * The support (step 5) and money (step 7) sections without a window: what the broker types becomes the plan's
 * lines, streams and budget, priced by the pricing package; totals checked against sums worked by hand.
 */
class CostingSectionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final CatalogueEntry PHYSIO = new CatalogueEntry("PHYSIO-SESSION",
            "Physiotherapy session (HCPC-registered, private)", "Therapy", "session", Money.ofPounds(60), "", false,
            "estimate");

    private final PlanEditorViewModel plan = new PlanEditorViewModel(Plan.newDraft(
            UUID.fromString("00000000-0000-4000-8000-00000000c057"), Person.named("Ada", "Testperson"),
            CLOCK.instant()).edit().outcomes(List.of(new Outcome("walk", "I want to walk to the shops again", "",
            null, null, null, null))).done(), CLOCK);
    private final SupportSection support = plan.section(SupportSection.class);
    private final MoneySection money = plan.section(MoneySection.class);
    private final Costing costing = new Costing(plan);

    /** £22,000 a year, £500 kept aside inside it: £21,500 for support. One NHS stream paid as a direct payment. */
    private String budgetOf22000() {
        money.allocationProperty().set("£22,000");
        money.contingencyProperty().set("500");
        money.startDateProperty().set("1/6/2025");
        return money.addStream("NHS continuing healthcare", Commissioner.NHS, ManagementOption.DIRECT_PAYMENT).id;
    }

    @Test
    void threeLinesIncludingAPersonalAssistantAddUpByHand() {
        String stream = budgetOf22000();

        SupportLineRow physio = support.addFromCatalogue(PHYSIO, stream);
        // 60.00 x 1 x 52 = 3,120.00; 21,500.00 - 3,120.00 = 18,380.00
        assertThat(costing.assessment().total()).isEqualTo(Money.parse("3120.00"));
        assertThat(costing.assessment().remaining()).isEqualTo(Money.parse("18380.00"));

        SupportLineRow swim = support.addCustom(stream);
        swim.description.set("Swimming pool pass");
        swim.unitPrice.set("£30");
        swim.frequency.set(Frequency.PER_MONTH);
        // 30.00 x 1 x 12 = 360.00; 3,120.00 + 360.00 = 3,480.00; 21,500.00 - 3,480.00 = 18,020.00
        assertThat(costing.assessment().total()).isEqualTo(Money.parse("3480.00"));
        assertThat(costing.assessment().remaining()).isEqualTo(Money.parse("18020.00"));

        SupportLineRow pa = support.addPersonalAssistant(stream);
        pa.hourlyRate.set("13");
        pa.hoursPerWeek.set("20");
        pa.employer.set("Ada Testperson");
        pa.insurance.set("150");
        pa.payroll.set("120");
        pa.dbsCheck.set("54");
        pa.training.set("95");
        // docs/examples/README.md, 2025/26 rates: pay 13 x 20 x 52 = 13,520.00; holiday 13 x 20 x 5.6 = 1,456.00;
        // NI 15% x (14,976.00 - 5,000.00) = 1,496.40; pension 3% x (14,976.00 - 6,240.00) = 262.08;
        // other costs 150 + 120 + 54 + 95 = 419.00; total 17,153.48
        PaCostBreakdown breakdown = costing.assessment().lines().get(2).paBreakdown().orElseThrow();
        assertThat(breakdown.grossPay()).isEqualTo(Money.parse("13520.00"));
        assertThat(breakdown.holidayPay()).isEqualTo(Money.parse("1456.00"));
        assertThat(breakdown.niAfterAllowance()).isEqualTo(Money.parse("1496.40"));
        assertThat(breakdown.pension()).isEqualTo(Money.parse("262.08"));
        assertThat(breakdown.total()).isEqualTo(Money.parse("17153.48"));
        // 3,480.00 + 17,153.48 = 20,633.48; 21,500.00 - 20,633.48 = 866.52
        assertThat(costing.assessment().total()).isEqualTo(Money.parse("20633.48"));
        assertThat(costing.assessment().remaining()).isEqualTo(Money.parse("866.52"));
        assertThat(costing.assessment().isOverspent()).isFalse();
        assertThat(physio.id).isNotEqualTo(swim.id);
    }

    @Test
    void moreHoursForTheAssistantOverspendTheBudgetAndTheProblemSaysByHowMuch() {
        String stream = budgetOf22000();
        SupportLineRow pa = support.addPersonalAssistant(stream);
        pa.hourlyRate.set("13");
        pa.hoursPerWeek.set("30");
        pa.outcomeIds.set(List.of("walk"));
        pa.employer.set("Ada Testperson");
        SupportLineRow agency = support.addCustom(stream);
        agency.description.set("Agency carers at weekends");
        agency.unitPrice.set("25");
        agency.quantity.set("4");
        agency.outcomeIds.set(List.of("walk"));
        // PA: pay 13 x 30 x 52 = 20,280.00; holiday 13 x 30 x 5.6 = 2,184.00; earnings 22,464.00;
        // NI 15% x (22,464.00 - 5,000.00) = 2,619.60; pension 3% x (22,464.00 - 6,240.00) = 486.72; total 25,570.32
        // Agency: 25.00 x 4 x 52 = 5,200.00. Plan 30,770.32; available 21,500.00; over by 9,270.32
        PlanAssessment a = costing.assessment();
        assertThat(a.lines().get(0).annual()).isEqualTo(Money.parse("25570.32"));
        assertThat(a.total()).isEqualTo(Money.parse("30770.32"));
        assertThat(a.remaining()).isEqualTo(Money.parse("-9270.32"));
        assertThat(a.isOverspent()).isTrue();
        assertThat(a.problems()).extracting(Problem::code).contains("budget.overspend");
    }

    @Test
    void aRemovedLineCanBePutBackInItsPlace() {
        String stream = budgetOf22000();
        SupportLineRow first = support.addFromCatalogue(PHYSIO, stream);
        SupportLineRow second = support.addCustom(stream);
        second.description.set("Taxi to the pool");
        SupportLineRow third = support.addCustom(stream);

        support.remove(second);
        assertThat(plan.snapshot().supportLines()).extracting(SupportLine::id).containsExactly(first.id, third.id);
        assertThat(support.canUndoProperty().get()).isTrue();

        support.undoRemove();
        assertThat(plan.snapshot().supportLines()).extracting(SupportLine::id)
                .containsExactly(first.id, second.id, third.id);
        assertThat(plan.snapshot().supportLines().get(1).description()).isEqualTo("Taxi to the pool");
        assertThat(support.canUndoProperty().get()).isFalse();
    }

    @Test
    void aMoneyFieldWithAProblemSaysSoAtItsPathAndKeepsTheLastGoodAmount() {
        money.allocationProperty().set("£1,000");
        money.allocationProperty().set("12.505");
        assertThat(plan.problemAt("budget.allocation")).hasValueSatisfying(p ->
                assertThat(p.message()).contains("more than two decimal places"));
        assertThat(plan.snapshot().budget().allocation()).isEqualTo(Money.ofPounds(1000));

        String stream = money.addStream("NHS", Commissioner.NHS, ManagementOption.NOTIONAL).id;
        SupportLineRow line = support.addCustom(stream);
        line.unitPrice.set("abc");
        assertThat(plan.problemAt("supportLines[0].unitPrice")).hasValueSatisfying(p ->
                assertThat(p.message()).startsWith("\"abc\" is not an amount of money"));
        line.unitPrice.set("-5");
        assertThat(plan.problemAt("supportLines[0].unitPrice").map(Problem::message))
                .contains("Enter an amount of £0 or more, without a minus sign.");
        line.unitPrice.set("£12.50");
        assertThat(plan.problemAt("supportLines[0].unitPrice")).isEmpty();
        assertThat(plan.snapshot().supportLines().get(0).unitPrice()).isEqualTo(Money.ofPence(1250));
    }

    @Test
    void aWeeklyAllocationIsCostedAsAYear() {
        money.allocationProperty().set("400");
        money.periodProperty().set(AllocationPeriod.WEEKLY);
        // 400.00 x 52 = 20,800.00
        assertThat(costing.assessment().allocation()).isEqualTo(Money.parse("20800.00"));
    }

    @Test
    void linesStreamsAndBudgetSurviveTheSnapshotAndAReopen() {
        String stream = budgetOf22000();
        money.contingencyInsideProperty().set(false);
        money.streams().get(0).amount.set("18,000");
        SupportLineRow pa = support.addPersonalAssistant(stream);
        pa.hourlyRate.set("13");
        pa.hoursPerWeek.set("20");
        pa.irregularHours.set(true);
        pa.employer.set("Ada Testperson");
        pa.outcomeIds.set(List.of("walk"));
        Plan saved = plan.snapshot();

        PlanEditorViewModel reopened = new PlanEditorViewModel(saved, CLOCK);
        Plan again = reopened.snapshot();

        assertThat(again.budget().allocation()).isEqualTo(Money.ofPounds(22000));
        assertThat(again.budget().contingency()).isEqualTo(Money.ofPounds(500));
        assertThat(again.budget().contingencyInsideAllocation()).isFalse();
        assertThat(again.budget().startDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(again.fundingStreams()).hasSize(1);
        assertThat(again.fundingStreams().get(0).name()).isEqualTo("NHS continuing healthcare");
        assertThat(again.fundingStreams().get(0).management()).isEqualTo(ManagementOption.DIRECT_PAYMENT);
        assertThat(again.fundingStreams().get(0).annualAllocation()).isEqualTo(Money.ofPounds(18000));
        SupportLine line = again.supportLines().get(0);
        assertThat(line.pa().hourlyRate()).isEqualTo(Money.ofPounds(13));
        assertThat(line.pa().hoursPerWeek()).isEqualByComparingTo(new BigDecimal("20"));
        assertThat(line.pa().irregularHours()).isTrue();
        assertThat(line.outcomeIds()).containsExactly("walk");
        assertThat(line.fundingStreamId()).isEqualTo(stream);
        assertThat(again.supportLines()).isEqualTo(saved.supportLines());
        assertThat(again.fundingStreams()).isEqualTo(saved.fundingStreams());
        assertThat(again.budget()).isEqualTo(saved.budget());
    }
}
