package nl.tafelwerk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module boundaries of ARCHITECTURE.md, checked on the compiled code. */
class ArchitectureTest {

    private static final List<String> FEATURES = List.of("agenda", "buildingblocks", "assessment", "scenarios",
            "meetings", "advice", "identity", "collaboration", "audit");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.tafelwerk");

    @Test
    void collaborationEngineStaysInsideTheCollaborationModule() {
        noClasses().that().resideOutsideOfPackage("nl.tafelwerk.collaboration..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.collaborationengine..")
                .because("the engine is deprecated upstream; only our collaboration API may know it")
                .check(CLASSES);
    }

    @Test
    void shellImportsNoFeature() {
        noClasses().that().resideInAPackage("nl.tafelwerk.shell..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(f -> "nl.tafelwerk." + f + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void sharedImportsNoFeatureAndNoShell() {
        List<String> others = new java.util.ArrayList<>(FEATURES);
        others.add("shell");
        noClasses().that().resideInAPackage("nl.tafelwerk.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(others.stream()
                        .map(f -> "nl.tafelwerk." + f + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void aFeaturesInternalsAndViewsAreItsOwn() {
        for (String feature : FEATURES) {
            String own = "nl.tafelwerk." + feature + "..";
            noClasses().that().resideOutsideOfPackage(own)
                    .should().dependOnClassesThat().resideInAPackage("nl.tafelwerk." + feature + ".internal..")
                    .because(feature + " keeps its repositories and entities to itself")
                    .check(CLASSES);
            if (!feature.equals("collaboration")) {
                noClasses().that().resideOutsideOfPackage(own)
                        .should().dependOnClassesThat().resideInAPackage("nl.tafelwerk." + feature + ".ui..")
                        .because("features talk through services and events, never through each other's views")
                        .check(CLASSES);
            }
        }
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("nl.tafelwerk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** DD004: the graph library is plain code on bouwsteen codes, usable and testable on its own. */
    @Test
    void graphLibraryKnowsNoSpringNoDatabaseAndNothingElseOfTheCatalogue() {
        classes().that().resideInAPackage("nl.tafelwerk.buildingblocks.graph..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.jgrapht..", "org.jspecify..",
                        "nl.tafelwerk.buildingblocks.graph..")
                        .or(equivalentTo(nl.tafelwerk.shared.DomainException.class)))
                .because("the graph package has no Spring, no JPA and no catalogue entities or services (DD004)")
                .check(CLASSES);
    }

    /** DD022: the analysis of a scoring round is plain calculation, testable on its own. */
    @Test
    void analysisLibraryKnowsNoSpringNoDatabaseNoVaadin() {
        classes().that().resideInAPackage("nl.tafelwerk.assessment.analysis..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.jspecify..",
                        "nl.tafelwerk.assessment.analysis..")
                        .or(equivalentTo(nl.tafelwerk.shared.DomainException.class))
                        .or(equivalentTo(nl.tafelwerk.assessment.WsjfPart.class))
                        .or(equivalentTo(nl.tafelwerk.assessment.WsjfPart[].class))
                        .or(equivalentTo(nl.tafelwerk.assessment.ScoreScale.class))
                        .or(equivalentTo(nl.tafelwerk.assessment.ScoredCriterion.class))
                        .or(equivalentTo(nl.tafelwerk.assessment.WsjfBoosts.class)))
                .because("the analysis has no Spring, no JPA, no Vaadin; of the feature it knows only the framework's "
                        + "plain contract records (DD022)")
                .check(CLASSES);
    }

    @Test
    void repositoriesLiveInInternalPackages() {
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().resideInAPackage("..internal..")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotUseRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .because("a view never holds business rules or data access; it calls a service")
                .check(CLASSES);
    }
}
