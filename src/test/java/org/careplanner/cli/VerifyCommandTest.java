package org.careplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.SignedContent;
import org.careplanner.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careplanner verify}: 0 unchanged since signing, 1 changed or not signed as claimed, 2 unreadable. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    private final PlanFile planFile = new PlanFile();

    static Plan signed(Plan draft) {
        Instant at = Instant.parse("2026-03-10T11:00:00Z");
        Plan signed = draft.edit().status(PlanStatus.SIGNED).updatedAt(at).signatures(List.of(
                new Signature(SignerRole.PERSON, "Jo Sample", at, SignatureMethod.VERBAL_WITH_WITNESS, "Bea Broker",
                        ""))).done();
        return signed.withSignedHash(new SignedContent().hash(signed));
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String signedFile() {
        return planFile.write(signed(planFile.read(Path.of("docs/examples/simple-plan.json")).onlyPlan()));
    }

    @Test
    void aSignedPlanAsItWasSignedIsAccepted() throws Exception {
        CommandRun run = CommandRun.of(StoreSettings.defaults(), "verify", write("signed.json", signedFile()).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("OK:", "unchanged since it was signed");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theSignedExampleInTheDocsIsAccepted() {
        CommandRun run = CommandRun.of(StoreSettings.defaults(), "verify", "docs/examples/signed-plan.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("OK: plan a7c3e9d1-2b4f-4e6a-8c0d-9f1e2a3b4c5d version 1 is unchanged since it "
                + "was signed (SHA-256 fd87b82a10e6");
    }

    @Test
    void aOneCharacterChangeAfterSigningIsCaught() throws Exception {
        String file = signedFile();
        // "Walking to the park..."-type words are the person's; change one letter of the first outcome.
        int at = file.indexOf("\"inPersonsWords\": \"") + "\"inPersonsWords\": \"".length();
        char c = file.charAt(at);
        String changed = file.substring(0, at) + (c == 'X' ? 'Y' : 'X') + file.substring(at + 1);
        assertThat(changed).hasSameSizeAs(file).isNotEqualTo(file);

        CommandRun run = CommandRun.of(StoreSettings.defaults(), "verify", write("changed.json", changed).toString());

        assertThat(run.exitCode()).isEqualTo(CarePlannerCommand.EXIT_PROBLEM);
        assertThat(run.err()).contains("NOT OK:", "changed after it was signed");
    }

    @Test
    void aChangedAmountOfOnePennyIsCaught() throws Exception {
        String file = signedFile();
        String changed = file.replaceFirst("\"allocation\": \"3500.00\"", "\"allocation\": \"3500.01\"");
        assertThat(changed).isNotEqualTo(file);

        CommandRun run = CommandRun.of(StoreSettings.defaults(), "verify", write("penny.json", changed).toString());

        assertThat(run.exitCode()).isEqualTo(CarePlannerCommand.EXIT_PROBLEM);
    }

    @Test
    void aPlanApprovedAfterSigningIsStillUnchanged() throws Exception {
        Plan signed = planFile.read(signedFile()).onlyPlan();
        Path file = write("approved.json", planFile.write(signed.withStatus(PlanStatus.APPROVED)));

        assertThat(CommandRun.of(StoreSettings.defaults(), "verify", file.toString()).exitCode()).isZero();
    }

    @Test
    void aPlanThatIsNotSignedOrClaimsSignedWithoutAHashIsNotAccepted() throws Exception {
        Path draft = Path.of("docs/examples/pa-two-streams-plan.json");
        CommandRun unsigned = CommandRun.of(StoreSettings.defaults(), "verify", draft.toString());
        assertThat(unsigned.exitCode()).isEqualTo(CarePlannerCommand.EXIT_PROBLEM);
        assertThat(unsigned.err()).contains("not signed");

        Plan claimed = planFile.read(signedFile()).onlyPlan().withSignedHash("");
        CommandRun noHash = CommandRun.of(StoreSettings.defaults(), "verify",
                write("claimed.json", planFile.write(claimed)).toString());
        assertThat(noHash.exitCode()).isEqualTo(CarePlannerCommand.EXIT_PROBLEM);
        assertThat(noHash.err()).contains("marked signed, but it carries no signing hash");
    }

    @Test
    void aFileThatCannotBeReadIsExitCodeTwo() throws Exception {
        CommandRun run = CommandRun.of(StoreSettings.defaults(), "verify",
                write("cut.json", signedFile().substring(0, 200)).toString());

        assertThat(run.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("Cannot verify");
        assertThat(CommandRun.of(StoreSettings.defaults(), "verify", dir.resolve("none.json").toString()).exitCode())
                .isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
    }
}
