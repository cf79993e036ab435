package org.careplanner.interview;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The steps of the guided conversation, in the order they are first offered. After the first (the person's name
 * is needed before anything else), the broker may go to any step, as the conversation leads.
 *
 * <p>Each step covers parts of the plan, named by the prefixes of their field paths (as {@link
 * org.careplanner.domain.Problem#field()} uses them), so a problem can be shown on the step where it is fixed.
 * A more specific prefix wins: {@code budget.contingency} belongs to risks, the rest of {@code budget} to support.
 *
 * <p>Text is not held here: each step gives the keys of its title, purpose, open questions and OARS examples in
 * {@code prompts.properties}, following {@code interview.step.<id>.<part>}.
 */
public enum ConversationStep {
    ABOUT_THE_PERSON("about-the-person", MiProcess.ENGAGING, 5,
            "person", "capacity", "peopleInvolved"),
    WHAT_MATTERS("what-matters", MiProcess.ENGAGING, 6,
            "aboutMe", "workingNotWorking", "otherSupport"),
    HEALTH_NEEDS("health-needs", MiProcess.FOCUSING, 5,
            "healthNeeds"),
    OUTCOMES("outcomes", MiProcess.EVOKING, 5,
            "outcomes"),
    SUPPORT("support", MiProcess.PLANNING, 5,
            "supportLines", "budget"),
    RISKS("risks", MiProcess.PLANNING, 5,
            "risks", "backupCover", "budget.contingency", "budget.contingencyInsideAllocation"),
    MONEY_MANAGEMENT("money-management", MiProcess.PLANNING, 4,
            "fundingStreams"),
    REVIEW("review", MiProcess.PLANNING, 4,
            "review", "budget.startDate", "budget.endDate"),
    SUMMARY("summary", MiProcess.PLANNING, 4,
            "quotes", "signatures", "disagreement", "status");

    private final String id;
    private final MiProcess process;
    private final int questionCount;
    private final List<String> fieldPrefixes;

    ConversationStep(String id, MiProcess process, int questionCount, String... fieldPrefixes) {
        this.id = id;
        this.process = process;
        this.questionCount = questionCount;
        this.fieldPrefixes = List.of(fieldPrefixes);
    }

    /** Stable id, used in bundle keys and as the {@code section} of a quote said during this step. */
    public String id() {
        return id;
    }

    public MiProcess process() {
        return process;
    }

    /** The plan's field paths this step fills in, as prefixes. */
    public List<String> fieldPrefixes() {
        return fieldPrefixes;
    }

    public String titleKey() {
        return key("title");
    }

    public String purposeKey() {
        return key("purpose");
    }

    /** Keys of the open questions the broker can ask, in the order to offer them. */
    public List<String> questionKeys() {
        return IntStream.rangeClosed(1, questionCount).mapToObj(n -> key("question." + n)).toList();
    }

    /** Key of this step's example of an OARS skill. */
    public String oarsExampleKey(OarsSkill skill) {
        return key("oars." + skill.keyPart());
    }

    public boolean isFirst() {
        return ordinal() == 0;
    }

    /**
     * Whether a field path, such as {@code supportLines[2].outcomeIds}, is filled in at this step: the same
     * answer as {@link #forField}, so {@code budget.contingency} is covered by risks and not by support.
     */
    public boolean covers(String fieldPath) {
        return forField(fieldPath) == this;
    }

    /**
     * The step where a field is filled in. A path no step names (a rule added later, say) belongs to the
     * summary, where it stops agreement.
     */
    public static ConversationStep forField(String fieldPath) {
        ConversationStep best = SUMMARY;
        int bestLength = 0;
        for (ConversationStep step : values()) {
            int length = step.longestPrefixOf(fieldPath);
            if (length > bestLength) {
                best = step;
                bestLength = length;
            }
        }
        return best;
    }

    public static Optional<ConversationStep> byId(String id) {
        for (ConversationStep step : values()) {
            if (step.id.equals(id)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    public static ConversationStep first() {
        return values()[0];
    }

    private int longestPrefixOf(String fieldPath) {
        int longest = 0;
        for (String prefix : fieldPrefixes) {
            if (startsWithSegment(fieldPath, prefix) && prefix.length() > longest) {
                longest = prefix.length();
            }
        }
        return longest;
    }

    /** {@code budget} starts {@code budget.allocation} and {@code budget}, but not {@code budgetNotes}. */
    private static boolean startsWithSegment(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        if (path.length() == prefix.length()) {
            return true;
        }
        char next = path.charAt(prefix.length());
        return next == '.' || next == '[';
    }

    private String key(String part) {
        return "interview.step." + id + "." + part;
    }
}
