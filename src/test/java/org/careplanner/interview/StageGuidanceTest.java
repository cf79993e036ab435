package org.careplanner.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.careplanner.domain.StageOfChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Don't push an action plan before the person is ready. */
class StageGuidanceTest {

    private final BrokerPrompts prompts = BrokerPrompts.english();

    @ParameterizedTest
    @EnumSource(value = StageOfChange.class, names = {"PREPARATION", "ACTION", "MAINTENANCE"})
    void fromPreparationOnTheyAreReadyForAnActionPlan(StageOfChange stage) {
        assertThat(StageGuidance.of(stage).readyForActionPlan()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = StageOfChange.class, names = {"PRECONTEMPLATION", "CONTEMPLATION", "RELAPSE"})
    void beforeThatOrAfterASetbackExploreRatherThanPlan(StageOfChange stage) {
        assertThat(StageGuidance.of(stage).readyForActionPlan()).isFalse();
        assertThat(prompts.text(StageGuidance.of(stage).guidanceKey())).containsIgnoringCase("don\u2019t");
    }

    @Test
    void notYetThinkingAboutChangeMeansExploreWhatMatters() {
        assertThat(prompts.text(StageGuidance.of(StageOfChange.PRECONTEMPLATION).guidanceKey()))
                .startsWith("Don\u2019t push an action plan yet: explore what matters");
        assertThat(prompts.text(StageGuidance.of(StageOfChange.CONTEMPLATION).nameKey())).isEqualTo("Thinking about it");
    }
}
