package org.careplanner.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.careplanner.exchange.SignedContent;
import org.careplanner.store.PlanChecks;
import org.careplanner.store.PlanStore;

/**
 * Signing a plan version (docs/decisions/0008-*.md): allowed only when the plan has no blocking problem and
 * every signature is complete; the version is then marked signed, stamped with the moment of signing, hashed
 * (SHA-256 of its canonical form, {@link SignedContent}) and stored sealed. An edit after that is stored by the
 * store as the next draft version; the signed one stays as it was.
 *
 * <p>Call {@link #sign} off the JavaFX Application Thread: it writes to the store.
 */
public final class PlanSigning {

    /** The most a drawn signature may take in a plan file (docs/plan-format.md): 1,000,000 base64 characters. */
    static final int MAX_IMAGE_CHARACTERS = 1_000_000;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final PlanStore store;
    private final PlanChecks checks;
    private final Clock clock;
    private final SignedContent content = new SignedContent();

    /** @param checks the whole plan assessment (the composition root plugs in pricing, so an overspend blocks) */
    public PlanSigning(PlanStore store, PlanChecks checks, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A signature drawn on the pad, as PNG bytes; its time is set when the plan is signed. */
    public static Signature drawn(SignerRole role, String name, byte[] png) {
        return new Signature(role, name, null, SignatureMethod.DRAWN, "",
                png == null ? "" : Base64.getEncoder().encodeToString(png));
    }

    /** A signer who cannot sign and agreed verbally, with a witness named. */
    public static Signature agreedVerbally(SignerRole role, String name, String witness) {
        return new Signature(role, name, null, SignatureMethod.VERBAL_WITH_WITNESS, witness, "");
    }

    /** What stops the plan itself being signed: its blocking problems, or that this version is already signed. */
    public List<Problem> planProblems(Plan plan) {
        List<Problem> out = new ArrayList<>();
        if (plan.status().isLocked()) {
            out.add(Problem.blocking("status", "sign.already-locked", "This version is already "
                    + plan.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " and never changes. Edit the plan to start a new version, then sign that."));
        }
        checks.check(plan).stream().filter(Problem::isBlocking).forEach(out::add);
        return List.copyOf(out);
    }

    /** What is missing from the signatures: each must have a role and a name, and a drawing or a witness. */
    public static List<Problem> signatureProblems(List<Signature> signatures) {
        List<Problem> out = new ArrayList<>();
        if (signatures.isEmpty()) {
            out.add(Problem.blocking("signatures", "sign.no-signature", "Add at least one signature."));
        }
        for (int i = 0; i < signatures.size(); i++) {
            Signature s = signatures.get(i);
            String at = "signatures[" + i + "]";
            if (s.role() == null) {
                out.add(Problem.blocking(at + ".role", "sign.no-role", "Choose who is signing: the person, their "
                        + "representative, the broker or the commissioner."));
            }
            if (s.name().isBlank()) {
                out.add(Problem.blocking(at + ".name", "sign.no-name", "Enter the name of the person signing."));
            }
            switch (s.method()) {
                case DRAWN -> drawingProblem(s.imagePng()).ifPresent(m ->
                        out.add(Problem.blocking(at + ".imagePng", "sign.no-drawing", m)));
                case VERBAL_WITH_WITNESS -> {
                    if (s.witness().isBlank()) {
                        out.add(Problem.blocking(at + ".witness", "sign.no-witness",
                                "Name the witness to the verbal agreement."));
                    }
                }
                case WET_INK -> { }
            }
        }
        return List.copyOf(out);
    }

    private static java.util.Optional<String> drawingProblem(String base64) {
        if (base64.isBlank()) {
            return java.util.Optional.of("The signature pad is empty: ask the signer to sign on it, or record that "
                    + "they agreed verbally, with a witness.");
        }
        if (base64.length() > MAX_IMAGE_CHARACTERS) {
            return java.util.Optional.of("The drawn signature is too large to keep: clear the pad and sign again.");
        }
        try {
            byte[] png = Base64.getDecoder().decode(base64);
            if (png.length < PNG_MAGIC.length || !java.util.Arrays.equals(
                    java.util.Arrays.copyOf(png, PNG_MAGIC.length), PNG_MAGIC)) {
                return java.util.Optional.of("The drawn signature is not a PNG picture.");
            }
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of("The drawn signature is not a PNG picture.");
        }
        return java.util.Optional.empty();
    }

    /**
     * Signs the plan version with the signatures and stores it sealed; refused, with every reason, when the plan
     * has a blocking problem or a signature is incomplete (nothing is stored then).
     */
    public SigningResult sign(Plan plan, List<Signature> signatures) {
        List<Problem> problems = new ArrayList<>(planProblems(plan));
        problems.addAll(signatureProblems(signatures));
        if (!problems.isEmpty()) {
            return SigningResult.refused(problems);
        }
        Instant now = clock.instant();
        List<Signature> stamped = signatures.stream().map(s -> s.signedAt() != null ? s
                : new Signature(s.role(), s.name(), now, s.method(), s.witness(), s.imagePng())).toList();
        Plan signed = plan.edit().status(PlanStatus.SIGNED).updatedAt(now).signatures(stamped).done();
        Plan sealed = signed.withSignedHash(content.hash(signed));
        return SigningResult.signed(store.sign(sealed));
    }
}
