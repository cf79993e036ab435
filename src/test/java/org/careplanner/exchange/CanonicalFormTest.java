package org.careplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    private final PlanFile planFile = new PlanFile();

    @Test
    void anEmptyDraftHasTheDocumentedCanonicalForm() {
        // Written out by hand from docs/plan-format.md: the plan object alone, fields in the records' order,
        // null for absent values, no whitespace, and no "signatures" or "signedHash".
        String contact = "{\"name\":\"\",\"organisation\":\"\",\"phone\":\"\",\"email\":\"\"}";
        String expected = "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"version\":1,\"status\":\"DRAFT\","
                + "\"createdAt\":null,\"updatedAt\":null,"
                + "\"person\":{\"givenName\":\"\",\"familyName\":\"\",\"preferredName\":\"\",\"dateOfBirth\":null,"
                + "\"nhsNumber\":null,\"address\":\"\",\"phone\":\"\",\"communicationNeeds\":\"\",\"representative\":null},"
                + "\"capacity\":{\"hasCapacityToTakePart\":null,\"bestInterestsDecision\":\"\",\"advocateNeeded\":null,"
                + "\"consentToShare\":null},"
                + "\"peopleInvolved\":{\"broker\":" + contact + ",\"careCoordinator\":" + contact + ",\"commissioner\":"
                + contact + ",\"commissionerBody\":\"\",\"carers\":[]},"
                + "\"aboutMe\":{\"likeAndAdmire\":\"\",\"importantTo\":\"\",\"importantFor\":\"\",\"howBestToSupport\":\"\","
                + "\"goodDay\":\"\",\"badDay\":\"\"},"
                + "\"workingNotWorking\":[],\"healthNeeds\":[],\"outcomes\":[],\"supportLines\":[],\"fundingStreams\":[],"
                + "\"budget\":{\"allocation\":\"0.00\",\"allocationPeriod\":\"ANNUAL\",\"allocationStage\":\"INDICATIVE\","
                + "\"contingency\":\"0.00\",\"contingencyInsideAllocation\":true,\"weeksPerYear\":\"52\","
                + "\"startDate\":null,\"endDate\":null},"
                + "\"risks\":[],\"backupCover\":\"\","
                + "\"otherSupport\":{\"family\":\"\",\"community\":\"\",\"universalServices\":\"\",\"informationAndAdvice\":\"\"},"
                + "\"review\":{\"reviewer\":\"\",\"lastReviewDate\":null,\"earlyReviewTriggers\":[],\"notes\":\"\"},"
                + "\"quotes\":[],\"brokerNotes\":[],\"disagreement\":\"\"}";

        assertThat(planFile.canonical(TestPlans.empty())).isEqualTo(expected);
    }

    @Test
    void signaturesAndTheSignedHashAreNotPartOfWhatIsSigned() {
        Plan signed = TestPlans.everyFieldFilled();
        Plan unsigned = new Plan(signed.id(), signed.version(), signed.status(), signed.createdAt(), signed.updatedAt(),
                signed.person(), signed.capacity(), signed.peopleInvolved(), signed.aboutMe(),
                signed.workingNotWorking(), signed.healthNeeds(), signed.outcomes(), signed.supportLines(),
                signed.fundingStreams(), signed.budget(), signed.risks(), signed.backupCover(), signed.otherSupport(),
                signed.review(), signed.quotes(), signed.brokerNotes(), List.of(new Signature(SignerRole.BROKER,
                "Bea Broker", Instant.parse("2026-03-21T10:00:00Z"), SignatureMethod.DRAWN, "", "iVBORw0KGgo=")),
                signed.disagreement(), "");

        String canonical = planFile.canonical(signed);

        assertThat(canonical).doesNotContain("\"signatures\"").doesNotContain("\"signedHash\"")
                .doesNotContain(signed.signedHash());
        assertThat(planFile.canonical(unsigned)).isEqualTo(canonical);
    }

    @Test
    void anyChangeToTheContentChangesTheCanonicalForm() {
        Plan plan = TestPlans.everyFieldFilled();

        assertThat(planFile.canonical(plan.withStatus(org.careplanner.domain.PlanStatus.APPROVED)))
                .isNotEqualTo(planFile.canonical(plan));
        assertThat(planFile.canonical(plan.withBudget(new org.careplanner.domain.Budget(plan.budget().allocation()
                .plus(org.careplanner.domain.Money.ofPence(1)), plan.budget().allocationPeriod(),
                plan.budget().allocationStage(), plan.budget().contingency(), false, plan.budget().weeksPerYear(),
                plan.budget().startDate(), plan.budget().endDate())))).isNotEqualTo(planFile.canonical(plan));
    }

    @Test
    void isCompactAndTheSameAfterARoundTrip() throws Exception {
        Plan plan = TestPlans.everyFieldFilled();
        String canonical = planFile.canonical(plan);
        Plan readBack = planFile.read(planFile.write(plan)).onlyPlan();

        assertThat(canonical).doesNotContain("\n").doesNotContain("\": ").doesNotContain(", \"")
                .startsWith("{\"id\":\"3f1c6e1e-8f2b-4c57-9a0e-2b7d5c1a9e40\",\"version\":2,\"status\":\"SIGNED\",")
                .endsWith("\"disagreement\":\"\"}");
        assertThat(planFile.canonical(readBack)).isEqualTo(canonical);
        assertThat(sha256(planFile.canonicalBytes(readBack))).isEqualTo(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8NotEscaped() {
        String canonical = planFile.canonical(TestPlans.everyFieldFilled());

        assertThat(canonical).contains("\"givenName\":\"Zoë\"").contains("Mon–Fri").doesNotContain("\\u");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
