package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careplanner.ui.plan.StepsTestSupport.replaceIn;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.ReadResult;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.print.PlanDocument;
import org.careplanner.print.PrintSize;
import org.careplanner.store.LocalStore;
import org.careplanner.ui.FieldInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 6: names accept any Unicode letters. Each name is typed into the person's family name field and found in
 * the store exactly as typed (no letter lost, nothing normalised: a name typed with combining accents keeps
 * them); four of them in the four name fields of step 1 survive the store being closed and opened again, a plan
 * file written and read back, and (the Latin ones) the printed PDF. All the people are made up.
 */
@ExtendWith(ApplicationExtension.class)
class UnicodeNamesTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-0000000c0de5");
    /** "Zoë" written as e + COMBINING DIAERESIS, and "Nguyễn" as e + COMBINING CIRCUMFLEX + COMBINING TILDE. */
    private static final String COMBINING = "Zoe\u0308 Nguye\u0302\u0303n";
    private static final List<String> NAMES = List.of("O'Brien", "O\u2019Brien", "Zo\u00eb", "Nguy\u1ec5n",
            "\u00d3 S\u00failleabh\u00e1in", COMBINING, "\u5c71\u7530\u82b1\u5b50");

    @TempDir
    Path dir;

    private LocalStore store;
    private Stage stage;

    @Start
    void start(Stage first) {
        stage = first;
    }

    @AfterEach
    void close() throws Exception {
        StepsTestSupport.closeWindowsThenStore(store);
    }

    @Test
    void namesInAnyScriptAreTypedSavedReopenedExportedAndPrintedExactly(FxRobot robot) throws Exception {
        store = StepsTestSupport.openStore(dir);
        robot.interact(() -> StepsTestSupport.show(stage, store, ID));

        for (String name : NAMES) {
            replaceIn(robot, "#familyName", name);
            assertThat(FieldInput.refusalOf(robot.lookup("#familyName").queryTextInputControl()).get())
                    .as(name + " is not refused").isEmpty();
            assertThat(robot.lookup("#familyName").queryTextInputControl().getText()).isEqualTo(name);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.plans().latest(ID)
                    .map(p -> p.person().familyName().equals(name)).orElse(false));
        }

        replaceIn(robot, "#givenName", COMBINING);
        replaceIn(robot, "#familyName", "\u00d3 S\u00failleabh\u00e1in");
        replaceIn(robot, "#preferredName", "\u5c71\u7530\u82b1\u5b50");
        replaceIn(robot, "#name", "O\u2019Brien-O'Brien");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.plans().latest(ID)
                .map(p -> p.peopleInvolved().careCoordinator().name().equals("O\u2019Brien-O'Brien")).orElse(false));
        robot.interact(() -> stage.close());
        Autosave.waitForSavesHandedOver();
        store.close();
        store = StepsTestSupport.openStore(dir);

        Plan reopened = store.plans().latest(ID).orElseThrow();
        Person person = reopened.person();
        assertThat(person.givenName()).isEqualTo(COMBINING).contains("\u0308", "\u0302\u0303");
        assertThat(person.familyName()).isEqualTo("\u00d3 S\u00failleabh\u00e1in");
        assertThat(person.preferredName()).isEqualTo("\u5c71\u7530\u82b1\u5b50");
        assertThat(reopened.peopleInvolved().careCoordinator().name()).isEqualTo("O\u2019Brien-O'Brien");

        ReadResult back = new PlanFile().read(new PlanFile().write(reopened));
        assertThat(back.problems()).isEmpty();
        assertThat(back.onlyPlan().person()).isEqualTo(person);
        assertThat(back.onlyPlan().peopleInvolved()).isEqualTo(reopened.peopleInvolved());

        Plan printed = reopened.edit().person(new Person("Zo\u00eb Nguy\u1ec5n", "\u00d3 S\u00failleabh\u00e1in O\u2019Brien",
                "", null, null, "", "", "", null)).done();
        byte[] pdf = new PlanDocument(printed, new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT)
                .assess(printed, LocalDate.of(2026, 3, 2))).toPdf(PrintSize.STANDARD);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Zo\u00eb Nguy\u1ec5n \u00d3 S\u00failleabh\u00e1in O\u2019Brien");
        }
    }
}
