package org.careplanner.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignerRole;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.SignedContent;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/examples/signed-plan.json is made by the app's own code: pa-two-streams-plan.json (Jo Sample, made up),
 * signed on the pad by Jo and by the broker through {@link PlanSigning}, then exported from the store. Run with
 * {@code -Dcareplanner.writeExamples=true} to write it again after a deliberate change.
 */
class SignedExampleTest {

    static final Path SIGNED_EXAMPLE = Path.of("docs/examples/signed-plan.json");

    @TempDir
    Path dir;

    private final PlanFile planFile = new PlanFile();

    /** The example as the app makes it today. */
    private String generate() {
        try (LocalStore store = LocalStore.open(new DataFolder(dir), StoreSettings.defaults()
                .withClock(SigningFixtures.CLOCK))) {
            Plan draft = store.plans().saveVersion(SigningFixtures.example("pa-two-streams-plan.json"));
            new PlanSigning(store.plans(), SigningFixtures.CHECKS, SigningFixtures.CLOCK).sign(draft, List.of(
                    PlanSigning.drawn(SignerRole.PERSON, "Jo Sample",
                            MadeUpHandwriting.write(70, 6, 8, 3).toPng()),
                    PlanSigning.drawn(SignerRole.BROKER, "Bea Broker",
                            MadeUpHandwriting.write(60, 8, 4, 4).toPng()))).signed().orElseThrow();
            return store.transfer().exportPlans(List.of(draft.id()));
        }
    }

    private static Plan withoutImages(Plan plan) {
        return plan.edit().signatures(plan.signatures().stream().map(s -> new Signature(s.role(), s.name(),
                s.signedAt(), s.method(), s.witness(), "")).toList()).done();
    }

    @Test
    void theSignedExampleIsThePaPlanSignedThroughTheAppAndVerifies() throws Exception {
        String generated = generate();
        if (Boolean.getBoolean("careplanner.writeExamples")) {
            Files.writeString(SIGNED_EXAMPLE, generated);
        }
        Plan inFile = planFile.read(SIGNED_EXAMPLE).onlyPlan();
        Plan made = planFile.read(generated).onlyPlan();

        // The drawings' PNG bytes may differ between Java runtimes' encoders; everything else is exact.
        assertThat(withoutImages(inFile)).isEqualTo(withoutImages(made));
        assertThat(inFile.signedHash()).isEqualTo(made.signedHash());
        for (Signature s : inFile.signatures()) {
            var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(s.imagePng())));
            assertThat(image).as(s.name() + "'s drawing").isNotNull();
            // Cut to the ink: narrower than the pad's 560 points at twice the scale, wider than half of it.
            assertThat(image.getWidth()).isBetween(560, 1120);
            assertThat(image.getHeight()).isLessThan(360);
        }
        assertThat(new SignedContent().check(inFile).isUnchanged()).isTrue();
    }
}
