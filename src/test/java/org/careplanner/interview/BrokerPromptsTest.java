package org.careplanner.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.careplanner.domain.ChangeTalk;
import org.careplanner.domain.StageOfChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every prompt the model points at is in the bundle, in plain words, and none asks "why not a 10?". */
class BrokerPromptsTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle(BrokerPrompts.BUNDLE, Locale.ROOT);
    private final BrokerPrompts prompts = BrokerPrompts.english();

    @ParameterizedTest
    @EnumSource(ConversationStep.class)
    void everyStepHasATitleAPurposeThreeToSixOpenQuestionsAndAnOarsReminder(ConversationStep step) {
        StepPrompts shown = prompts.forStep(step);

        assertThat(shown.title()).isNotBlank();
        assertThat(shown.purpose()).isNotBlank();
        assertThat(shown.process()).isNotBlank();
        assertThat(shown.openQuestions()).hasSizeBetween(3, 6).allSatisfy(q -> assertThat(q).endsWith("?"));
        assertThat(shown.oars().reminder())
                .contains("Open questions", "Affirmations", "Reflections", "Summaries");
        assertThat(List.of(shown.oars().openQuestion(), shown.oars().affirmation(), shown.oars().reflection(),
                shown.oars().summary())).allSatisfy(example -> assertThat(example).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(ConversationStep.class)
    void noQuestionIsLeftInTheBundleBeyondTheOnesTheStepOffers(ConversationStep step) {
        int offered = step.questionKeys().size();
        assertThat(bundle.containsKey("interview.step." + step.id() + ".question." + (offered + 1))).isFalse();
    }

    @Test
    void everyKeyTheModelHandsOutIsInTheBundleAndTheBundleHoldsNoOthers() {
        Set<String> known = new TreeSet<>(modelKeys());

        assertThat(known).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
        assertThat(new TreeSet<>(bundle.keySet())).isEqualTo(known);
    }

    @Test
    void noPromptAnywhereAsksWhyNotATen() {
        List<String> texts = new ArrayList<>();
        bundle.keySet().forEach(key -> texts.add(bundle.getString(key)));
        for (int score = RulerPrompts.LOWEST; score <= RulerPrompts.HIGHEST; score++) {
            texts.addAll(prompts.rulers().followUps(score));
        }

        assertThat(texts).noneMatch(text -> text.toLowerCase(Locale.ROOT).matches("(?s).*why not (a )?10.*"))
                .noneMatch(text -> text.toLowerCase(Locale.ROOT).contains("why not a ten"));
    }

    @Test
    void theBundleIsReadAsUtf8SoApostrophesAndQuotationMarksSurvive() {
        assertThat(prompts.text("interview.step.review.title")).isEqualTo("Checking how it\u2019s going");
        assertThat(bundle.keySet()).allSatisfy(key -> assertThat(bundle.getString(key)).doesNotContain("\u00e2\u20ac"));
    }

    @Test
    void textAfterStageOfChangeAndStatusKeysReadsAsPlainEnglish() {
        assertThat(prompts.text(StageGuidance.of(StageOfChange.CONTEMPLATION).guidanceKey()))
                .startsWith("Don\u2019t push an action plan yet: explore what matters");
        assertThat(prompts.text(StepStatus.HAS_PROBLEMS.labelKey())).isEqualTo("Needs attention");
        assertThat(prompts.text(ChangeTalkCues.labelKey(ChangeTalk.TAKING_STEPS))).startsWith("Taking steps");
    }

    @Test
    void aLocaleWithoutItsOwnPromptsGetsTheEnglishOnes() {
        assertThatCode(() -> BrokerPrompts.forLocale(Locale.UK).forStep(ConversationStep.OUTCOMES))
                .doesNotThrowAnyException();
    }

    /** Every key the interview model can ask the bundle for. */
    private static List<String> modelKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(OarsReminder.KEY);
        for (OarsSkill skill : OarsSkill.values()) {
            keys.add(skill.labelKey());
        }
        for (MiProcess process : MiProcess.values()) {
            keys.add(process.labelKey());
        }
        for (ConversationStep step : ConversationStep.values()) {
            keys.add(step.titleKey());
            keys.add(step.purposeKey());
            keys.addAll(step.questionKeys());
            for (OarsSkill skill : OarsSkill.values()) {
                keys.add(step.oarsExampleKey(skill));
            }
        }
        keys.addAll(List.of(RulerPrompts.IMPORTANCE, RulerPrompts.CONFIDENCE, RulerPrompts.WHY_NOT_LOWER,
                RulerPrompts.ONE_UP, RulerPrompts.FROM_ZERO, RulerPrompts.KEEP_AT_TOP));
        for (StageOfChange stage : StageOfChange.values()) {
            keys.add(StageGuidance.of(stage).nameKey());
            keys.add(StageGuidance.of(stage).guidanceKey());
        }
        for (ChangeTalk tag : ChangeTalk.values()) {
            keys.add(ChangeTalkCues.labelKey(tag));
            keys.add(ChangeTalkCues.cuesKey(tag));
            keys.add(ChangeTalkReadBack.lineKey(tag));
        }
        keys.add(ChangeTalkReadBack.OPENING);
        keys.add(ChangeTalkReadBack.CLOSING);
        for (StepStatus status : StepStatus.values()) {
            keys.add(status.labelKey());
        }
        return keys;
    }
}
