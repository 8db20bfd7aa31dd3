package dev.gloss.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The window's features talk through the reader's state (dev.gloss.app.reader), never into each
 * other: a feature depends on the reader state, the article view, the background work and the
 * core, and not on another feature or on the shell that puts them together.
 */
@AnalyzeClasses(packages = "dev.gloss.app", importOptions = ImportOption.DoNotIncludeTests.class)
class FeaturesTest {
    /** The feature packages under dev.gloss.app. */
    static final List<String> FEATURES = List.of("bookmarks", "glossary", "search", "find", "library", "topics",
            "imports", "contents", "reading", "export", "history", "help", "about");

    @ArchTest
    static void noFeatureDependsOnTheShell(com.tngtech.archunit.core.domain.JavaClasses classes) {
        noClasses().that().resideInAnyPackage(packages(FEATURES))
                .should().dependOnClassesThat().resideInAnyPackage("dev.gloss.app.shell..", "dev.gloss.app.desktop..",
                        "dev.gloss.app.snapshot..")
                .because("the shell puts the features together; they reach it only through the reader's state")
                .check(classes);
    }

    @ArchTest
    static void noFeatureDependsOnAnother(com.tngtech.archunit.core.domain.JavaClasses classes) {
        for (String feature : FEATURES) {
            List<String> others = FEATURES.stream().filter(f -> !f.equals(feature))
                    // The Library panel shows the imports' progress and takes files dropped on it:
                    // the import's view model is its model too.
                    .filter(f -> !(feature.equals("library") && f.equals("imports")))
                    .toList();
            ArchRule rule = noClasses().that().resideInAPackage("dev.gloss.app." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages(others))
                    .because("features talk through the reader's state (Requests), not into each other");
            rule.check(classes);
        }
    }

    private static String[] packages(List<String> features) {
        return features.stream().map(f -> "dev.gloss.app." + f + "..").toArray(String[]::new);
    }
}
