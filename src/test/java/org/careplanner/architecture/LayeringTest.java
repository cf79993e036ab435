package org.careplanner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of shared/STYLE.md, stated as rules that run with every build. Data flows one way:
 * view → view-model → service (domain, pricing, store, exchange, print) → H2. On from the first commit.
 */
@AnalyzeClasses(packages = "org.careplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainKnowsNothingOfScreensOrStorage = noClasses()
            .that().resideInAPackage("org.careplanner.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "java.awt..",
                    "com.fasterxml.jackson..", "org.h2..", "org.flywaydb..", "org.apache.pdfbox..", "picocli..")
            .because("the plan model must be usable and testable without a window, a database or a file format");

    @ArchTest
    static final ArchRule domainDependsOnNoOtherPartOfTheApp = classes()
            .that().resideInAPackage("org.careplanner.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.careplanner.domain..", "java..")
            .because("everything else builds on the domain, never the other way round");

    @ArchTest
    static final ArchRule pricingKnowsNothingOfScreensOrStorage = noClasses()
            .that().resideInAPackage("org.careplanner.pricing..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "java.awt..",
                    "org.h2..", "org.flywaydb..", "org.apache.pdfbox..", "picocli..",
                    "org.careplanner.store..", "org.careplanner.ui..", "org.careplanner.cli..")
            .because("costing a plan is pure arithmetic on the domain, shown and stored elsewhere");

    @ArchTest
    static final ArchRule interviewModelNeedsOnlyTheDomain = classes()
            .that().resideInAPackage("org.careplanner.interview..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.careplanner.interview..",
                    "org.careplanner.domain..", "java..")
            .because("the JavaFX screens bind to the conversation's model, which is plain values and functions");

    @ArchTest
    static final ArchRule storeAndExchangeKnowNothingAboveThem = noClasses()
            .that().resideInAnyPackage("org.careplanner.store..", "org.careplanner.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.careplanner.ui..",
                    "org.careplanner.cli..", "org.careplanner.interview..")
            .because("data flows one way: view -> view-model -> service -> H2; the store also runs under the CLI");

    @ArchTest
    static final ArchRule exchangeDoesNotTouchTheDatabase = noClasses()
            .that().resideInAPackage("org.careplanner.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..",
                    "org.careplanner.store..")
            .because("the file format is read and written the same way by the store, the CLI and the tests");

    @ArchTest
    static final ArchRule servicesNeverReachIntoTheUi = noClasses()
            .that().resideOutsideOfPackages("org.careplanner.ui..")
            .and().doNotHaveFullyQualifiedName("org.careplanner.App")
            .should().dependOnClassesThat().resideInAPackage("org.careplanner.ui..")
            .because("only the composition root builds the window; services do not know how they are shown");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.careplanner.ui..", "org.careplanner.print..")
            .and().doNotHaveFullyQualifiedName("org.careplanner.App")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("JavaFX belongs to the screens (and printing through the system dialog)");

    @ArchTest
    static final ArchRule theUiNeverTouchesTheDatabase = noClasses()
            .that().resideInAPackage("org.careplanner.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
            .because("database work goes through the store's services, off the JavaFX Application Thread");

    @ArchTest
    static final ArchRule standardStreamsOnlyInTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.careplanner.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the app logs through System.Logger and never logs a person's details; only commands print");

    @ArchTest
    static final ArchRule noPrintStackTrace = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace")
            .because("a person sees a plain message, and logs never carry a stack trace of personal data");

    @ArchTest
    static final ArchRule namesSayWhatThingsAre = noClasses()
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .because("names say what things are in the domain's words (STYLE.md, convention 10)");

    @ArchTest
    static final ArchRule loggingThroughSystemLogger = noClasses()
            .that().doNotHaveFullyQualifiedName("org.careplanner.store.Migrations")
            .should(com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
            .because("code logs through System.Logger; the one exception, Migrations, only turns Flyway's own "
                    + "routine INFO lines down so that a person at the command line does not see them");

    @ArchTest
    static final ArchRule weakStoreKeysOnlyInTests = noClasses()
            .should().callMethod(org.careplanner.store.StorePassphrase.class, "weakForTestsOnly", char[].class, int.class)
            .because("every store the program makes derives its key with 600,000 PBKDF2 iterations; only the test "
                    + "suite, which makes hundreds of stores, may ask for fewer (docs/decisions/0009)");

    @ArchTest
    static final ArchRule weakTransferKeysOnlyInTests = noClasses()
            .should().callMethod(org.careplanner.exchange.TransferPassphrase.class, "weakForTestsOnly", char[].class,
                    int.class)
            .because("every encrypted transfer file the program makes derives its key with 600,000 PBKDF2 "
                    + "iterations; only the tests may ask for fewer (docs/decisions/0017)");

    /** A call that reads or writes a file: java.nio.file.Files, or a service method of exchange or store given a Path. */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaCall<?>>
            FILE_WORK = com.tngtech.archunit.base.DescribedPredicate.describe("reads or writes a file",
                    call -> call.getTargetOwner().isEquivalentTo(java.nio.file.Files.class)
                            || java.util.Set.of("java.io.FileInputStream", "java.io.FileOutputStream",
                                    "java.io.RandomAccessFile", "java.io.FileReader", "java.io.FileWriter")
                                    .contains(call.getTargetOwner().getName())
                            || call.getTargetOwner().getPackageName().matches("org\\.careplanner\\.(exchange|store)(\\..*)?")
                            && call.getTarget().getRawParameterTypes().stream()
                                    .anyMatch(t -> t.isEquivalentTo(java.nio.file.Path.class)));

    @ArchTest
    static final ArchRule screensLeaveFileWorkToTheServices = noClasses()
            .that().resideInAPackage("org.careplanner.ui..")
            // A Task's work runs off the JavaFX thread; so do the services the screens hand to ProgressDialog.
            .and().areNotAssignableTo(javafx.concurrent.Task.class)
            .and().doNotHaveFullyQualifiedName("org.careplanner.ui.home.StoreLibrary")
            .and().doNotHaveFullyQualifiedName("org.careplanner.ui.home.PlanFiles")
            // No other exception: the settings files (display.properties, lock.properties) are read by App on the
            // launcher's thread and written through store.SettingsFile on the screens' writer threads (ADR 0038).
            .should().callMethodWhere(FILE_WORK).orShould().callConstructorWhere(FILE_WORK)
            .because("a file on a network share or a slow stick can take seconds: the screens read and write files "
                    + "only through services run off the JavaFX Application Thread (STYLE.md, convention 4)");

    /** Closing or hiding a window of the app's own (a Stage, a Dialog); not a tooltip or a pop-up list. */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaCall<?>>
            CLOSES_A_WINDOW = com.tngtech.archunit.base.DescribedPredicate.describe("closes or hides a stage or dialog",
                    call -> java.util.Set.of("close", "hide").contains(call.getName())
                            && call.getTarget().getParameterTypes().isEmpty()
                            && (call.getTargetOwner().isAssignableTo(javafx.stage.Stage.class)
                            || call.getTargetOwner().isAssignableTo(javafx.scene.control.Dialog.class)));

    @ArchTest
    static final ArchRule dialogsCloseThroughTheLock = noClasses()
            .that().resideInAPackage("org.careplanner.ui..")
            .and().doNotHaveFullyQualifiedName("org.careplanner.ui.lock.IdleLock")
            // The start windows: shown before the main window (and so its lock) exists.
            .and().doNotHaveFullyQualifiedName("org.careplanner.ui.StartProblem")
            .should().callMethodWhere(CLOSES_A_WINDOW)
            .because("a dialog the lock has hidden that then closes itself directly is shown again at unlock: "
                    + "close one with IdleLock.close, which forgets it (LockHidesDialogsTest, ADR 0016)");
}
