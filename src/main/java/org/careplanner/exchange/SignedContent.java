package org.careplanner.exchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;

/**
 * What a signature covers, and whether a plan still matches it (docs/decisions/0008-*.md).
 *
 * <p>The signing hash is SHA-256, as 64 lower-case hex digits, over the UTF-8 bytes of the plan's canonical form
 * ({@link PlanFile#canonical}: every field but {@code signatures} and {@code signedHash}) <em>taken with status
 * {@code SIGNED}</em>. The version is hashed as the signed version it becomes, with its {@code updatedAt} set to
 * the moment of signing before hashing; a later move along the lifecycle (approved, superseded, closed), which the
 * store allows without touching the content, is checked as if the status were still {@code SIGNED}.
 */
public final class SignedContent {

    /** Statuses that say "this version was signed": a plan marked so must carry a hash that matches. */
    private static final Set<PlanStatus> SIGNED_STATUSES =
            EnumSet.of(PlanStatus.SIGNED, PlanStatus.APPROVED, PlanStatus.SUPERSEDED);

    private final PlanFile planFile = new PlanFile();

    /** The signing hash of the plan's content, as it is now. */
    public String hash(Plan plan) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(planFile.canonicalBytes(plan.withStatus(PlanStatus.SIGNED)));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether the plan says it was signed: it carries a hash, or its status is signed, approved or superseded. */
    public static boolean claimsSigned(Plan plan) {
        return !plan.signedHash().isBlank() || SIGNED_STATUSES.contains(plan.status());
    }

    /** Recomputes the hash and says whether the plan is signed and unchanged since. */
    public Seal check(Plan plan) {
        String recorded = plan.signedHash().strip().toLowerCase(Locale.ROOT);
        String computed = hash(plan);
        Verdict verdict;
        if (recorded.isEmpty()) {
            verdict = SIGNED_STATUSES.contains(plan.status()) ? Verdict.NO_HASH : Verdict.NOT_SIGNED;
        } else if (!plan.status().isLocked()) {
            verdict = Verdict.NOT_MARKED_SIGNED;
        } else if (plan.signatures().isEmpty()) {
            verdict = Verdict.NO_SIGNATURES;
        } else {
            verdict = MessageDigest.isEqual(recorded.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    computed.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    ? Verdict.UNCHANGED : Verdict.CHANGED;
        }
        return new Seal(verdict, recorded, computed);
    }

    /** What {@link #check} found. */
    public enum Verdict {
        /** Signed, and the content hashes to the hash recorded at signing. */
        UNCHANGED,
        /** Signed, but the content no longer hashes to the hash recorded at signing. */
        CHANGED,
        /** Marked signed (or approved, superseded) without a hash: nothing to check it against. */
        NO_HASH,
        /** Carries a hash, yet marked draft or agreed: not a signed version. */
        NOT_MARKED_SIGNED,
        /** Carries a hash but no signature. */
        NO_SIGNATURES,
        /** Neither marked signed nor carrying a hash. */
        NOT_SIGNED
    }

    /**
     * @param recorded the hash the plan carries (lower case; "" when none)
     * @param computed the hash of its content now
     */
    public record Seal(Verdict verdict, String recorded, String computed) {

        public boolean isUnchanged() {
            return verdict == Verdict.UNCHANGED;
        }

        /** Plain English, to follow "Plan X version N is ...". */
        public String explanation() {
            return switch (verdict) {
                case UNCHANGED -> "unchanged since it was signed (SHA-256 " + recorded + ").";
                case CHANGED -> "changed after it was signed: the hash recorded at signing is " + recorded
                        + ", but its content now gives " + computed + ".";
                case NO_HASH -> "marked signed, but it carries no signing hash, so nothing shows it is the version "
                        + "that was signed.";
                case NOT_MARKED_SIGNED -> "carries a signing hash but is marked as a draft or agreed plan, not as "
                        + "signed: it is not the version that was signed.";
                case NO_SIGNATURES -> "carries a signing hash but no signatures: it was not signed as it claims.";
                case NOT_SIGNED -> "not signed: it carries no signing hash.";
            };
        }
    }
}
