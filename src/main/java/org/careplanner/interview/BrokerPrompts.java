package org.careplanner.interview;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The broker's prompts, read from {@code org/careplanner/interview/prompts.properties}: the one place where the
 * model's bundle keys become text. Immutable; load it once and share it.
 */
public final class BrokerPrompts {

    /** Base name of the bundle; a translation (Welsh, say) is {@code prompts_cy.properties} beside it. */
    public static final String BUNDLE = "org.careplanner.interview.prompts";

    private final ResourceBundle bundle;
    private final Locale locale;

    public BrokerPrompts(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.locale = bundle.getLocale();
    }

    /** The English prompts (the base bundle). */
    public static BrokerPrompts english() {
        return forLocale(Locale.ROOT);
    }

    public static BrokerPrompts forLocale(Locale locale) {
        return new BrokerPrompts(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The text of a key, as it stands in the bundle. Throws {@link java.util.MissingResourceException}. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** A pattern key filled in with arguments; arguments are inserted exactly as given, never re-read. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    /** Everything the broker sees for one step. */
    public StepPrompts forStep(ConversationStep step) {
        List<String> questions = step.questionKeys().stream().map(this::text).toList();
        OarsReminder oars = new OarsReminder(text(OarsReminder.KEY),
                text(step.oarsExampleKey(OarsSkill.OPEN_QUESTION)),
                text(step.oarsExampleKey(OarsSkill.AFFIRMATION)),
                text(step.oarsExampleKey(OarsSkill.REFLECTION)),
                text(step.oarsExampleKey(OarsSkill.SUMMARY)));
        return new StepPrompts(step, text(step.titleKey()), text(step.purposeKey()),
                text(step.process().labelKey()), questions, oars);
    }

    public RulerPrompts rulers() {
        return new RulerPrompts(this);
    }

    public ChangeTalkCues changeTalkCues() {
        return ChangeTalkCues.from(this);
    }

    public ChangeTalkReadBack readBack() {
        return new ChangeTalkReadBack(this);
    }
}
