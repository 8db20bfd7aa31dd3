package dev.gloss.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The window's view models hold state and behaviour, not nodes: they are tested without a scene. */
@AnalyzeClasses(packages = "dev.gloss.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewModelsTest {

    @ArchTest
    static final ArchRule viewModelsUseNoSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a view model is what a view shows and does, without its controls");
}
