package dev.gloss.core.bookmarks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The bookmarks are shared by the window and the command line: no JavaFX, and no reaching into the command line. */
class BookmarksArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gloss.core.bookmarks");

    @Test
    void bookmarksDoNotUseJavaFxOrTheCommandLine() {
        noClasses().that().resideInAPackage("dev.gloss.core.bookmarks..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.gloss.cli..", "dev.gloss.app..")
                .check(classes);
    }
}
