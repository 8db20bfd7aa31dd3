package dev.gloss.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core (model, import, library, search, glossary, bookmarks...) runs without JavaFX. */
@AnalyzeClasses(packages = "dev.gloss", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIndependenceTest {

    @ArchTest
    static final ArchRule coreUsesNoJavaFx = noClasses().that().resideInAPackage("dev.gloss.core..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line and the tests use the core without a display");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheWindowOrCommandLine = noClasses().that().resideInAPackage("dev.gloss.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.gloss.app..", "dev.gloss.cli..");
}
