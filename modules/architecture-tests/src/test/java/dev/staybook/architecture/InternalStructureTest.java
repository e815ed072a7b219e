package dev.staybook.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;

/** How a module's own packages depend on each other, and what the kernel may hold. */
@AnalyzeClasses(packages = StaybookModules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class InternalStructureTest {

    /**
     * The domain depends on nothing else of its module: not on gateways, ledgers, batch artifacts, security or
     * integration. What the domain needs from them (a gateway's outcome, a payout's key) is a domain value.
     */
    @ArchTest
    static final ArchRule domainDependsOnNoOtherInternalPackage = noClasses()
            .that().resideInAPackage("..internal.domain..")
            .should().dependOnClassesThat(resideInAPackage("..internal..").and(not(resideInAPackage("..internal.domain.."))))
            .allowEmptyShould(false)
            .because("the domain is the centre of a module: everything else depends on it, never the other way");

    /** A module's packages form no cycle (payments' batch and application once used each other). */
    @ArchTest
    static final ArchRule packagesOfAModuleAreFreeOfCycles = slices()
            .matching(StaybookModules.ROOT + ".(*).internal.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(false);

    /** Only persistence packages talk to JPA's EntityManager; the rest asks their repositories and queries. */
    @ArchTest
    static final ArchRule entityManagerOnlyInPersistence = noClasses()
            .that().resideOutsideOfPackages("..internal.persistence..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .allowEmptyShould(false)
            .because("how a module stores its state is the persistence layer's business");

    /** The kernel is values every module shares; JDBC belongs to persistence layers (the jdbc library). */
    @ArchTest
    static final ArchRule kernelHoldsNoJdbc = noClasses()
            .that().resideInAPackage(StaybookModules.KERNEL + "..")
            .should().dependOnClassesThat(resideInAnyPackage("java.sql..", "javax.sql.."))
            .allowEmptyShould(false);
}
