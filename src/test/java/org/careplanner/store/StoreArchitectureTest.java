package org.careplanner.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The store's place in the architecture (shared/STYLE.md): no UI, no standard streams, nothing above it. */
@AnalyzeClasses(packages = "org.careplanner.store", importOptions = ImportOption.DoNotIncludeTests.class)
class StoreArchitectureTest {

    @ArchTest
    static final ArchRule NO_JAVAFX = noClasses().that().resideInAPackage("org.careplanner.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the store runs under the CLI and in tests without a window");

    @ArchTest
    static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("only the cli package prints; the store logs ids through System.Logger");

    @ArchTest
    static final ArchRule NOTHING_ABOVE = noClasses().that().resideInAPackage("org.careplanner.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.careplanner.ui..", "org.careplanner.cli..",
                    "org.careplanner.interview..")
            .because("data flows one way: view -> view-model -> service -> H2");
}
