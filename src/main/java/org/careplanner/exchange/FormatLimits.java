package org.careplanner.exchange;

/**
 * What the reader accepts before it calls a file hostile or damaged. Each limit is far above what a real
 * plan needs and low enough that a crafted file cannot exhaust memory or the stack.
 *
 * @param maxFileBytes          the largest file, in bytes
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
        int maxTextLength,
        int maxImageLength,
        int maxNestingDepth,
        int maxListItems,
        int maxNumberLength,
        int maxFieldNameLength) {

    /**
     * The limits documented in docs/plan-format.md. The text limit is the editor's longest field, so that what is
     * typed always reads back and what is read always fits the editor (docs/decisions/0018).
     */
    public static final FormatLimits DEFAULT = new FormatLimits(
            20L * 1024 * 1024, org.careplanner.domain.TextLimits.LONGEST, 1_000_000, 64, 10_000, 20, 200);
}
