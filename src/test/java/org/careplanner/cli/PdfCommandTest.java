package org.careplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.PlanFile;
import org.careplanner.print.InstalledFonts;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfCommandTest {

    private static final Path EXAMPLE = Path.of("docs/examples/pa-two-streams-plan.json");

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(StoreCommandsTest.SETTINGS, args);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void printsAPlanFromTheStoreByItsId() throws Exception {
        Path store = dir.resolve("store");
        Plan plan = new PlanFile().read(EXAMPLE).onlyPlan();
        try (LocalStore s = LocalStore.open(new DataFolder(store), StoreCommandsTest.SETTINGS)) {
            s.plans().saveVersion(plan);
        }
        Path pdf = dir.resolve("jo.pdf");
        CommandRun run = run("--data-dir", store.toString(), "pdf", plan.id().toString(), "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(plan.id().toString(), "jo.pdf");
        // total 19,953.48 and remaining 546.52, worked by hand in docs/examples/README.md
        assertThat(text(pdf)).contains("Jo Sample", "£19,953.48", "£546.52");
    }

    @Test
    void printsAPlanFileInLargePrint() throws Exception {
        Path normal = dir.resolve("normal.pdf");
        Path large = dir.resolve("large.pdf");
        assertThat(run("pdf", "--file", EXAMPLE.toString(), "--out", normal.toString()).exitCode()).isZero();
        CommandRun run = run("pdf", "--file", EXAMPLE.toString(), "--out", large.toString(), "--large-print");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("large print");
        try (PDDocument n = Loader.loadPDF(normal.toFile()); PDDocument l = Loader.loadPDF(large.toFile())) {
            assertThat(l.getNumberOfPages()).isGreaterThan(n.getNumberOfPages());
        }
    }

    @Test
    void aSignedPlanFileIsPrintedOnlyAsItWasSigned() throws Exception {
        Path signed = Path.of("docs/examples/signed-plan.json");
        Path pdf = dir.resolve("signed.pdf");
        CommandRun asSigned = run("pdf", "--file", signed.toString(), "--out", pdf.toString());
        assertThat(asSigned.exitCode()).as(asSigned.err()).isZero();
        assertThat(text(pdf)).contains("Signed plan fingerprint");

        // One penny more in the allocation after signing: the signing hash no longer matches.
        String file = Files.readString(signed);
        String changed = file.replace("\"allocation\": \"21000.00\"", "\"allocation\": \"21000.01\"");
        assertThat(changed).isNotEqualTo(file);
        Path tampered = dir.resolve("tampered.json");
        Files.writeString(tampered, changed);
        Path out = dir.resolve("tampered.pdf");

        CommandRun run = run("pdf", "--file", tampered.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot print", "changed after it was signed", "careplanner verify")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownPlanOrAnUnreadableFileIsRefusedPlainly() throws Exception {
        Path pdf = dir.resolve("none.pdf");
        CommandRun unknown = run("--data-dir", dir.resolve("store").toString(), "pdf", UUID.randomUUID().toString(),
                "--out", pdf.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no plan").doesNotContain("Exception");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "not a plan");
        CommandRun unreadable = run("pdf", "--file", bad.toString(), "--out", pdf.toString());
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err()).contains("Cannot print").doesNotContain("Exception");

        CommandRun missing = run("pdf", "--file", dir.resolve("missing.json").toString(), "--out", pdf.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void writingNoFontCanPrintIsWarnedOfByThePartOfThePlanNeverByTheTextItself() throws Exception {
        // Made-up Chinese family name and words in a good day; no font folder has them (the machine's own fonts
        // are not searched: the folders are chosen by the system property, here an empty folder), ADR 0036.
        String chinese = "\u7f8e\u5b50";
        String file = Files.readString(EXAMPLE);
        String changed = file.replace("\"familyName\": \"Sample\"", "\"familyName\": \"" + chinese + "\"")
                .replace("\"goodDay\": \"", "\"goodDay\": \"" + chinese + " ");
        assertThat(changed).contains("\"familyName\": \"" + chinese);
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, changed);
        Path pdf = dir.resolve("plan.pdf");
        String before = System.getProperty(InstalledFonts.FOLDERS_PROPERTY);
        System.setProperty(InstalledFonts.FOLDERS_PROPERTY, Files.createDirectories(dir.resolve("no-fonts")).toString());
        CommandRun run;
        try {
            run = run("pdf", "--file", plan.toString(), "--out", pdf.toString());
        } finally {
            if (before == null) {
                System.clearProperty(InstalledFonts.FOLDERS_PROPERTY);
            } else {
                System.setProperty(InstalledFonts.FOLDERS_PROPERTY, before);
            }
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Warning: this computer has no font for some of the writing in: Name; "
                + "About me \u203a A good day.", "white square").doesNotContain(chinese, "Jo", "Exception");
        assertThat(text(pdf)).contains("Jo \u25a1\u25a1");
    }

    @Test
    void aPlanInLatinScriptPrintsWithNoWarning() throws Exception {
        CommandRun run = run("pdf", "--file", EXAMPLE.toString(), "--out", dir.resolve("jo.pdf").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
