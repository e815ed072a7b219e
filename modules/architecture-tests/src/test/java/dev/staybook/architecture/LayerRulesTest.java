package dev.staybook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.Path;

/** Where things live inside a module's core: domain, application, persistence and web. */
@AnalyzeClasses(packages = StaybookModules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    /**
     * The domain is testable without a container: no JAX-RS, servlet, MicroProfile or Hibernate types,
     * and no reaching up into the layers that use it. JPA mapping annotations are allowed.
     */
    @ArchTest
    static final ArchRule domainIsFreeOfFrameworksAndOuterLayers = noClasses()
            .that().resideInAPackage("..internal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..",
                    "jakarta.servlet..",
                    "org.eclipse.microprofile..",
                    "org.hibernate..",
                    "..internal.application..",
                    "..internal.persistence..",
                    "..internal.web..")
            .allowEmptyShould(false)
            .because("the domain holds the rules and must not know how it is served or stored");

    /** JAX-RS resources are in the web layer and say so in their name. */
    @ArchTest
    static final ArchRule resourcesLiveInWebAndAreNamedResource = classes()
            .that().areAnnotatedWith(Path.class)
            .should().resideInAPackage("..internal.web..")
            .andShould().haveSimpleNameEndingWith("Resource")
            .allowEmptyShould(false);

    /** JPA repository implementations are in the persistence layer. */
    @ArchTest
    static final ArchRule jpaClassesLiveInPersistence = classes()
            .that().haveSimpleNameStartingWith("Jpa")
            .should().resideInAPackage("..internal.persistence..")
            .allowEmptyShould(false);
}
