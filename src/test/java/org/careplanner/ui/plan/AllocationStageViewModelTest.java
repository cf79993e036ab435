package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.Money;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.exchange.PlanFile;
import org.junit.jupiter.api.Test;

/**
 * Step 7's "This budget is: an indicative figure / agreed by the NHS or council", without a window: a new plan's
 * budget is indicative; the broker's choice reaches the plan (and so the autosave), is found again when the plan is
 * opened again, and survives a plan file written and read; a signed version is locked until the next version starts.
 */
class AllocationStageViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    private final PlanEditorViewModel plan = new PlanEditorViewModel(Plan.newDraft(
            UUID.fromString("00000000-0000-4000-8000-0000000057a9"), Person.named("Ada", "Testperson"),
            CLOCK.instant()), CLOCK);
    private final MoneySection money = plan.section(MoneySection.class);

    @Test
    void aNewPlansBudgetIsIndicativeAndChoosingAgreedReachesThePlanAndTheAutosave() {
        AtomicInteger changes = new AtomicInteger();
        plan.onSectionChange(changes::incrementAndGet);
        assertThat(money.stageProperty().get()).isEqualTo(AllocationStage.INDICATIVE);
        assertThat(plan.snapshot().budget().allocationStage()).isEqualTo(AllocationStage.INDICATIVE);

        money.allocationProperty().set("£21,000");
        changes.set(0);
        money.stageProperty().set(AllocationStage.AGREED);

        assertThat(changes.get()).as("a change the autosave hears").isPositive();
        Plan now = plan.snapshot();
        assertThat(now.budget().allocationStage()).isEqualTo(AllocationStage.AGREED);
        assertThat(now.budget().allocation()).isEqualTo(Money.ofPounds(21000));

        PlanEditorViewModel reopened = new PlanEditorViewModel(now, CLOCK);
        assertThat(reopened.section(MoneySection.class).stageProperty().get()).isEqualTo(AllocationStage.AGREED);

        money.stageProperty().set(AllocationStage.INDICATIVE);
        assertThat(plan.snapshot().budget().allocationStage()).isEqualTo(AllocationStage.INDICATIVE);
    }

    @Test
    void theChoiceSurvivesAPlanFileWrittenAndReadBack() {
        money.stageProperty().set(AllocationStage.AGREED);
        PlanFile file = new PlanFile();

        String written = file.write(plan.snapshot());
        Plan read = file.read(written).onlyPlan();

        assertThat(written).contains("\"allocationStage\": \"AGREED\"");
        assertThat(new PlanEditorViewModel(read, CLOCK).section(MoneySection.class).stageProperty().get())
                .isEqualTo(AllocationStage.AGREED);
    }

    @Test
    void aPlanFileWrittenBeforeTheChoiceExistedOpensAsIndicative() {
        money.stageProperty().set(AllocationStage.AGREED);
        PlanFile file = new PlanFile();
        String older = file.write(plan.snapshot()).replace("      \"allocationStage\": \"AGREED\",\n", "");
        assertThat(older).doesNotContain("allocationStage");

        var result = file.read(older);

        assertThat(result.problems()).isEmpty();
        assertThat(new PlanEditorViewModel(result.onlyPlan(), CLOCK).section(MoneySection.class).stageProperty().get())
                .isEqualTo(AllocationStage.INDICATIVE);
    }

    @Test
    void aSignedVersionIsLockedUntilTheNextVersionStarts() throws Exception {
        Plan signed = new PlanFile().read(Path.of("docs/examples/signed-plan.json")).onlyPlan();
        assertThat(signed.status()).isEqualTo(PlanStatus.SIGNED);

        PlanEditorViewModel editor = new PlanEditorViewModel(signed, CLOCK);
        assertThat(editor.versionLockedProperty().get()).isTrue();
        assertThat(editor.section(MoneySection.class).stageProperty().get()).isEqualTo(AllocationStage.AGREED);

        editor.saved(signed.nextDraftVersion(CLOCK.instant()));
        assertThat(editor.versionLockedProperty().get()).isFalse();
        assertThat(plan.versionLockedProperty().get()).as("a new draft").isFalse();
    }
}
