package org.careplanner.exchange;

/**
 * What the reader accepts before it calls a file hostile or damaged. Each limit is far above what a real
 * plan needs and low enough that a crafted file cannot exhaust memory or the stack.
 *
 * @param maxFileBytes          the largest file, in bytes: it bounds the time an import takes, not its memory, since a
 *                              file is read one plan at a time (docs/decisions/0033)
 * @param maxPlanBytes          the largest single plan (one plan of a bundle, or a plan file's plan), in bytes: what
 *                              bounds the memory an import needs, as one plan is held at a time
 * @param maxTextLength         the longest text in one field, in characters; each field is also held to its own
 *                              limit ({@link org.careplanner.domain.TextLimits}), the one the editor types to
 * @param maxImageLength        the longest drawn-signature image (base64 PNG), in characters
 * @param maxNestingDepth       how deeply objects and lists may nest
 * @param maxListItems          the most items in any one list (support lines, outcomes, plans in a bundle...)
 * @param maxNumberLength       the most digits in a JSON number
 * @param maxFieldNameLength    the longest field name, in characters
 */
public record FormatLimits(
        long maxFileBytes,
        long maxPlanBytes,
        int maxTextLength,
        int maxImageLength,
        int maxNestingDepth,
        int maxListItems,
        int maxNumberLength,
        int maxFieldNameLength) {

    /**
     * The limits documented in docs/plan-format.md. The text limit is the editor's longest field, so that what is
     * typed always reads back and what is read always fits the editor (docs/decisions/0018). A file may be 1 GB
     * (a bundle of the most plans, 10,000, at the benchmark's 15 KB each is 150 MB); one plan 10 MB, far above a real plan
     * (the benchmark's are about 15 KB; a drawn signature's image is at most 1 MB) (docs/decisions/0033).
     */
    public static final FormatLimits DEFAULT = new FormatLimits(
            1024L * 1024 * 1024, 10L * 1024 * 1024, org.careplanner.domain.TextLimits.LONGEST, 1_000_000, 64, 10_000,
            20, 200);
}
