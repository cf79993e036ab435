package org.careplanner.interview;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The conversation's model stays free of screens and storage, so it is tested without a window. */
@AnalyzeClasses(packages = "org.careplanner.interview", importOptions = ImportOption.DoNotIncludeTests.class)
class InterviewArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().that().resideInAPackage("org.careplanner.interview..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the JavaFX screens bind to the interview model, never the other way round");

    @ArchTest
    static final ArchRule noDatabase = noClasses().that().resideInAPackage("org.careplanner.interview..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
            .because("the conversation is plain values and functions; storing them is the store package's job");

    @ArchTest
    static final ArchRule noOtherPackagesOfTheApp = noClasses().that().resideInAPackage("org.careplanner.interview..")
            .should().dependOnClassesThat().resideInAnyPackage("org.careplanner.ui..", "org.careplanner.store..",
                    "org.careplanner.exchange..", "org.careplanner.pricing..", "org.careplanner.cli..")
            .because("the interview model needs only the domain; prices reach it as problems");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("no personal data in logs, and nothing printed from the model");
}
