package dev.staybook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static dev.staybook.architecture.StaybookModules.BUSINESS_MODULES;
import static dev.staybook.architecture.StaybookModules.KERNEL;
import static dev.staybook.architecture.StaybookModules.existing;
import static dev.staybook.architecture.StaybookModules.internal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/** How modules may depend on each other: through api packages and the shared kernel only. */
@AnalyzeClasses(packages = StaybookModules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    /**
     * A module's internals never reach into another module's internals; modules talk through each
     * other's api. Checked for every built module of {@link StaybookModules#BUSINESS_MODULES}, against
     * the internals of every listed module, built or not.
     */
    @ArchTest
    static void internalsDoNotDependOnAnotherModulesInternals(JavaClasses classes) {
        List<String> built = existing(classes);
        if (built.isEmpty()) {
            throw new AssertionError("no business module found in the imported classes: " + BUSINESS_MODULES);
        }
        List<ArchRule> rules = built.stream().map(module -> noClasses()
                .that().resideInAPackage(internal(module) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(internalsOfModulesOtherThan(module))
                .allowEmptyShould(false)
                .because("modules talk through each other's api, never through internals"))
                .toList();
        CompositeArchRule.of(rules).check(classes);
    }

    /**
     * The same boundary for modules not yet in the list: no two {@code internal} trees of any modules
     * depend on each other.
     */
    @ArchTest
    static final ArchRule internalsOfAnyTwoModulesStayApart = slices()
            .matching(StaybookModules.ROOT + ".(*).internal..")
            .should().notDependOnEachOther()
            .allowEmptyShould(false);

    /**
     * What a module publishes is plain Java: ids, records, interfaces and events that any module can
     * use without a container, a framework or another module's internals.
     */
    @ArchTest
    static final ArchRule apiPackagesArePlainJava = classes()
            .that().resideInAPackage(StaybookModules.ROOT + ".*.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", KERNEL + "..", StaybookModules.ROOT + ".*.api..")
            .allowEmptyShould(false)
            .because("an api package is what other modules compile against: no jakarta, microprofile, hibernate or internals");

    /** The shared kernel is plain Java that knows no module. */
    @ArchTest
    static final ArchRule kernelDependsOnlyOnJava = classes()
            .that().resideInAPackage(KERNEL + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", KERNEL + "..")
            .allowEmptyShould(false)
            .because("every module depends on the kernel, so the kernel can depend on none of them");

    /**
     * The published contracts point one way (payments api -> bookings api -> listings api -> identity api ->
     * kernel). Modules still talk both ways through events, as bookings reacts to payment outcomes and
     * payments to booking events; that is a conversation between cores through each other's api, never
     * a dependency between cores (see the boundary rule above).
     */
    @ArchTest
    static final ArchRule publishedApisAreFreeOfCycles = slices()
            .matching(StaybookModules.ROOT + ".(*).api..")
            .should().beFreeOfCycles()
            .allowEmptyShould(false);

    /** The shared kernel and the outbox and cache libraries depend on no module. */
    @ArchTest
    static final ArchRule sharedLibrariesDependOnNoModule = noClasses()
            .that().resideInAnyPackage(StaybookModules.ROOT + ".kernel..", StaybookModules.ROOT + ".outbox..",
                    StaybookModules.ROOT + ".cache..", StaybookModules.ROOT + ".jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    BUSINESS_MODULES.stream().map(m -> StaybookModules.ROOT + "." + m + "..").toArray(String[]::new))
            .allowEmptyShould(false);

    private static String[] internalsOfModulesOtherThan(String module) {
        return BUSINESS_MODULES.stream().filter(other -> !other.equals(module))
                .map(other -> internal(other) + "..").toArray(String[]::new);
    }
}
