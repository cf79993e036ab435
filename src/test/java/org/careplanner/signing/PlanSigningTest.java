package org.careplanner.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.careplanner.exchange.SignedContent;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.SealedVersionException;
import org.careplanner.store.StoreSettings;
import org.careplanner.store.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing a plan: only when nothing blocks it; the version is then hashed and locked, and edits start a new one. */
class PlanSigningTest {

    @TempDir
    Path dir;

    private LocalStore open() {
        return LocalStore.open(new DataFolder(dir), StoreSettings.defaults().withClock(SigningFixtures.CLOCK)
                .withPlanChecks(SigningFixtures.CHECKS));
    }

    private static PlanSigning signing(LocalStore store) {
        return new PlanSigning(store.plans(), SigningFixtures.CHECKS, SigningFixtures.CLOCK);
    }

    private static List<Signature> personAndBroker() {
        return List.of(PlanSigning.drawn(SignerRole.PERSON, "Jo Sample", SigningFixtures.scribble()),
                PlanSigning.agreedVerbally(SignerRole.BROKER, "Bea Broker", "Cory Coordinator"));
    }

    @Test
    void signingLocksTheVersionWithTheHashOfWhatWasSigned() {
        try (LocalStore store = open()) {
            Plan draft = store.plans().saveVersion(SigningFixtures.example("pa-two-streams-plan.json"));

            SigningResult result = signing(store).sign(draft, personAndBroker());

            assertThat(result.problems()).isEmpty();
            Plan signed = result.signed().orElseThrow();
            Instant signedAt = SigningFixtures.CLOCK.instant();
            assertThat(signed.status()).isEqualTo(PlanStatus.SIGNED);
            assertThat(signed.version()).isEqualTo(1);
            assertThat(signed.updatedAt()).isEqualTo(signedAt);
            assertThat(signed.signatures()).extracting(Signature::signedAt).containsOnly(signedAt);
            assertThat(signed.signatures()).extracting(Signature::method)
                    .containsExactly(SignatureMethod.DRAWN, SignatureMethod.VERBAL_WITH_WITNESS);
            assertThat(signed.signedHash()).hasSize(64).isEqualTo(new SignedContent().hash(signed));
            // Everything but status, time and signatures is what the broker had saved.
            assertThat(signed.edit().status(draft.status()).updatedAt(draft.updatedAt()).signatures(List.of()).done()
                    .withSignedHash("")).isEqualTo(draft);

            assertThat(store.plans().latest(draft.id())).contains(signed);
            assertThat(store.plans().history(draft.id())).singleElement().satisfies(v -> {
                assertThat(v.status()).isEqualTo(PlanStatus.SIGNED);
                assertThat(v.sealed()).isTrue();
            });
            assertThat(new SignedContent().check(store.plans().latest(draft.id()).orElseThrow()).isUnchanged())
                    .isTrue();

            // Locked: signing again is refused, and so is storing the same version as signed once more.
            SigningResult again = signing(store).sign(signed, personAndBroker());
            assertThat(again.isSigned()).isFalse();
            assertThat(again.problems()).extracting(Problem::code).contains("sign.already-locked");
            Plan resigned = signed.edit().disagreement("Changed my mind").done();
            assertThatThrownBy(() -> store.plans().sign(resigned.withSignedHash(new SignedContent().hash(resigned))))
                    .isInstanceOf(SealedVersionException.class);
            assertThat(store.plans().latest(draft.id())).contains(signed);
        }
    }

    @Test
    void anEditAfterSigningMakesANewDraftVersionAndLeavesTheSignedOneAsItWas() {
        try (LocalStore store = open()) {
            Plan draft = store.plans().saveVersion(SigningFixtures.example("pa-two-streams-plan.json"));
            Plan signed = signing(store).sign(draft, personAndBroker()).signed().orElseThrow();
            String storedHashBefore = store.plans().history(draft.id()).get(0).contentHash();

            Plan saved = store.plans().saveVersion(signed.edit().backupCover("Robin's sister covers sickness").done());

            assertThat(saved.version()).isEqualTo(2);
            assertThat(saved.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(saved.signatures()).isEmpty();
            assertThat(saved.signedHash()).isEmpty();
            assertThat(saved.backupCover()).isEqualTo("Robin's sister covers sickness");
            assertThat(store.plans().version(draft.id(), 1)).contains(signed);
            assertThat(store.plans().history(draft.id())).extracting(VersionInfo::version, VersionInfo::status,
                    VersionInfo::sealed).containsExactly(org.assertj.core.groups.Tuple.tuple(1, PlanStatus.SIGNED, true),
                    org.assertj.core.groups.Tuple.tuple(2, PlanStatus.DRAFT, false));
            assertThat(store.plans().history(draft.id()).get(0).contentHash()).isEqualTo(storedHashBefore);
            assertThat(new SignedContent().check(store.plans().version(draft.id(), 1).orElseThrow()).isUnchanged())
                    .isTrue();

            // The new version can be signed in its turn, with its own hash.
            Plan signedAgain = signing(store).sign(saved, personAndBroker()).signed().orElseThrow();
            assertThat(signedAgain.version()).isEqualTo(2);
            assertThat(signedAgain.signedHash()).isNotEqualTo(signed.signedHash());
        }
    }

    @Test
    void aPlanWithABlockingProblemCannotBeSignedAndNothingIsStored() {
        try (LocalStore store = open()) {
            Plan blocked = store.plans().saveVersion(SigningFixtures.example("blocked-plan.json"));
            List<Problem> blocking = SigningFixtures.CHECKS.check(blocked).stream().filter(Problem::isBlocking).toList();
            assertThat(blocking).as("the example is made to be blocked").isNotEmpty();

            SigningResult result = signing(store).sign(blocked, personAndBroker());

            assertThat(result.isSigned()).isFalse();
            assertThat(result.problems()).containsExactlyElementsOf(blocking);
            assertThat(store.plans().latest(blocked.id())).contains(blocked);
            assertThat(store.plans().history(blocked.id())).singleElement()
                    .satisfies(v -> assertThat(v.sealed()).isFalse());
        }
    }

    @Test
    void anOverspentPlanCannotBeSignedEither() {
        try (LocalStore store = open()) {
            Plan plan = SigningFixtures.example("simple-plan.json");
            // simple-plan.json costs 2,820.00 a year with 150.00 contingency inside; an allocation of 1,000.00 is short.
            Plan overspent = store.plans().saveVersion(plan.withBudget(new org.careplanner.domain.Budget(
                    org.careplanner.domain.Money.parse("1000.00"), plan.budget().allocationPeriod(),
                    plan.budget().allocationStage(), plan.budget().contingency(),
                    plan.budget().contingencyInsideAllocation(), plan.budget().weeksPerYear(),
                    plan.budget().startDate(), plan.budget().endDate())));

            SigningResult result = signing(store).sign(overspent, personAndBroker());

            assertThat(result.isSigned()).isFalse();
            assertThat(result.problems()).allMatch(Problem::isBlocking).isNotEmpty();
            assertThat(store.plans().latest(plan.id()).orElseThrow().status()).isNotEqualTo(PlanStatus.SIGNED);
        }
    }

    @Test
    void everySignatureNeedsARoleANameAndADrawingOrAWitness() {
        try (LocalStore store = open()) {
            Plan draft = store.plans().saveVersion(SigningFixtures.example("simple-plan.json"));
            List<Signature> incomplete = List.of(
                    PlanSigning.drawn(SignerRole.PERSON, "Sam Example", new byte[0]),
                    PlanSigning.agreedVerbally(SignerRole.REPRESENTATIVE, "Kim Example", " "),
                    PlanSigning.drawn(null, "", "not a png".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

            SigningResult result = signing(store).sign(draft, incomplete);

            assertThat(result.problems()).extracting(Problem::field, Problem::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("signatures[0].imagePng", "sign.no-drawing"),
                    org.assertj.core.groups.Tuple.tuple("signatures[1].witness", "sign.no-witness"),
                    org.assertj.core.groups.Tuple.tuple("signatures[2].role", "sign.no-role"),
                    org.assertj.core.groups.Tuple.tuple("signatures[2].name", "sign.no-name"),
                    org.assertj.core.groups.Tuple.tuple("signatures[2].imagePng", "sign.no-drawing"));
            assertThat(signing(store).sign(draft, List.of()).problems()).extracting(Problem::code)
                    .containsExactly("sign.no-signature");
            assertThat(store.plans().latest(draft.id())).contains(draft);
        }
    }
}
