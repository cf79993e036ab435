package org.careplanner.pricing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.careplanner.pricing", importOptions = ImportOption.DoNotIncludeTests.class)
class PricingArchitectureTest {

    @ArchTest
    static final ArchRule pricing_knows_nothing_of_screens_or_storage = noClasses()
            .that().resideInAPackage("org.careplanner.pricing..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.careplanner.ui..",
                    "org.careplanner.store..")
            .because("pricing is worked out the same way whether it is shown, printed or stored (STYLE.md layout)");

    @ArchTest
    static final ArchRule pricing_does_not_print = noClasses()
            .that().resideInAPackage("org.careplanner.pricing..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("results are returned as values and problems, never printed");
}
